# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=cookie propagation=direct sink=safe0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00478")
def benchmark_test_00478(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    request.session["userid_length"] = len(bar)
    result = True
    return {"result": str(result)}
