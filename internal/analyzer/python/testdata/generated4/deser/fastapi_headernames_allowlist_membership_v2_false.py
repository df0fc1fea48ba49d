# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=fastapi source=headernames shape=allowlist_membership sink=v2 expected=false
import jsonpickle

from fastapi import FastAPI, Request

app = FastAPI()
CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00185")
def benchmark_test_00185(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param if param in CHOICES else "alpha"
    obj = jsonpickle.decode(bar)
    result = type(obj).__name__
    return {"result": str(result)}
