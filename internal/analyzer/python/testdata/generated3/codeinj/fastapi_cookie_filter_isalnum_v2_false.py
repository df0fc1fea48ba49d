# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=cookie propagation=filter_isalnum sink=v2 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00160")
def benchmark_test_00160(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = "".join(filter(str.isalnum, param))
    result = eval(compile(bar, "<benchmark>", "eval"))
    return {"result": str(result)}
