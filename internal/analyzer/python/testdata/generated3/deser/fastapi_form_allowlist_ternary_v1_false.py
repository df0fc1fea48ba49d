# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=form propagation=allowlist_ternary sink=v1 expected=false
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00496")
async def benchmark_test_00496(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param if param in ("alpha", "beta") else "alpha"
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return {"result": str(result)}
