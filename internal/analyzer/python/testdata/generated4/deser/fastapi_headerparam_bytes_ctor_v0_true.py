# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=fastapi source=headerparam shape=bytes_ctor sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00277")
def benchmark_test_00277(request: Request, referer: str = Header("")):
    param = referer
    bar = bytes(param, "utf-8").decode("ascii", "ignore")
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
