# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=fastapi source=form shape=yaml_loader_reassigned_unsafe expected=true
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00387")
async def benchmark_test_00387(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    loader = yaml.SafeLoader
    loader = yaml.UnsafeLoader
    obj = yaml.load(bar, Loader=loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
