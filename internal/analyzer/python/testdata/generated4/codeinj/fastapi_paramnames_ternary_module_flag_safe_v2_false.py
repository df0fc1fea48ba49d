# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=paramnames shape=ternary_module_flag_safe sink=v2 expected=false
from fastapi import FastAPI, Request

app = FastAPI()
STRICT_MODE = True


@app.get("/00196")
def benchmark_test_00196(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = "safe" if STRICT_MODE else param
    result = eval(compile(bar, "<benchmark>", "eval"))
    return {"result": str(result)}
