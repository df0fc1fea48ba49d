# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=headerparam propagation=allowlist_ternary sink=v3 expected=false
import base64
import io
import pickle

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00553")
def benchmark_test_00553(request: Request, referer: str = Header("")):
    param = referer
    bar = param if param in ("alpha", "beta") else "alpha"
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))
    result = type(obj).__name__
    return {"result": str(result)}
