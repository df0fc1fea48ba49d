# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=headernames propagation=try_int_fallback sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00502")
def benchmark_test_00502(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": str(result)}
