# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=headernames propagation=direct sink=safe1 expected=false
import os
import shlex

from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00102")
def benchmark_test_00102(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    result = os.system("echo " + shlex.quote(bar))
    return {"result": str(result)}
