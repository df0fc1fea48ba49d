# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=paramnames shape=dict_get_default_taint sink=v2 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00070")
def benchmark_test_00070(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    options = {"mode": "basic"}
    bar = options.get("term", param)
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}
