# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=headerparam propagation=direct sink=safe0 expected=false
import yaml

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00509")
def benchmark_test_00509(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    obj = yaml.safe_load(bar)
    result = type(obj).__name__
    return {"result": str(result)}
