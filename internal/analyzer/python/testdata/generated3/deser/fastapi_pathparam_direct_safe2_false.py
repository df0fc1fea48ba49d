# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=pathparam propagation=direct sink=safe2 expected=false
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00568/{test_id}")
def benchmark_test_00568(request: Request, test_id: str):
    param = test_id
    bar = param
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    result = type(obj).__name__
    return {"result": str(result)}
