# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=form propagation=direct sink=safe2 expected=false
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00511")
async def benchmark_test_00511(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    result = type(obj).__name__
    return {"result": str(result)}
