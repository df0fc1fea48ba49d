# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=headernames propagation=direct sink=safe0 expected=false
import ast

from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00133")
def benchmark_test_00133(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    result = ast.literal_eval(bar)
    return {"result": str(result)}
