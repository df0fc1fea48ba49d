# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=fastapi source=header shape=defaultdict_missing sink=v0 expected=false
import base64
import collections
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00093")
def benchmark_test_00093(request: Request):
    param = request.headers.get("referer", "")
    store = collections.defaultdict(str)
    store["term"] = param
    bar = store["other"] or "none"
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": str(result)}
