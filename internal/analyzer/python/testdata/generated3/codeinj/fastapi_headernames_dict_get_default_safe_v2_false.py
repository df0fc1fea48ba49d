# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=headernames propagation=dict_get_default_safe sink=v2 expected=false
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
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    result = eval(compile(bar, "<benchmark>", "eval"))
    return {"result": str(result)}
