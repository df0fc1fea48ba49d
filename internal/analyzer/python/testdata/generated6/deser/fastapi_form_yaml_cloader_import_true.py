# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=fastapi source=form shape=yaml_cloader_import sink=specific expected=true
import yaml

from fastapi import FastAPI, Request
from yaml import CLoader

app = FastAPI()


@app.post("/00450")
async def benchmark_test_00450(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    obj = yaml.load(bar, Loader=CLoader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
