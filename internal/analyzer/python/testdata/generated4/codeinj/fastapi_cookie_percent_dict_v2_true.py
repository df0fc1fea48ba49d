# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=cookie shape=percent_dict sink=v2 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00138")
def benchmark_test_00138(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = "%(term)s" % {"term": param}
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}
