# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=fastapi source=headernames shape=sanitized_wrong_var sink=v0 expected=true
import base64
import pickle
import re

from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00059")
def benchmark_test_00059(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    clean = re.sub(r"[^A-Za-z0-9]", "", param)
    bar = param if clean else ""
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
