# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=cookie propagation=try_int_fallback sink=v2 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00154")
def benchmark_test_00154(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    result = eval(compile(bar, "<benchmark>", "eval"))
    return {"result": str(result)}
