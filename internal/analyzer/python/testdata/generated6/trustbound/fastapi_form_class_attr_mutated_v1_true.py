# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=form shape=class_attr_mutated sink=v1 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


class Settings:
    term = "default"


@app.post("/00032")
async def benchmark_test_00032(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    Settings.term = param
    bar = Settings().term
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
