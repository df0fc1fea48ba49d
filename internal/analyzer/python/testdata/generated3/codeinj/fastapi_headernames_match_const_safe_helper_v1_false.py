# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=headernames propagation=match_const_safe (helper class) sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


@app.get("/00139")
def benchmark_test_00139(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    exec("value = " + bar, {})
    result = True
    return {"result": str(result)}
