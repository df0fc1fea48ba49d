# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=fastapi source=pathparam shape=yaml_loader_positional expected=true
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00379/{test_id}")
def benchmark_test_00379(request: Request, test_id: str):
    param = test_id
    bar = param
    obj = yaml.load(bar, yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
