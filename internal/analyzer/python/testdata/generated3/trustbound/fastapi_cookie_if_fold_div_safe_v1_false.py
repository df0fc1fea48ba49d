# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=cookie propagation=if_fold_div_safe sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00573")
def benchmark_test_00573(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    num = 86
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    request.session[bar] = "10340"
    result = True
    return {"result": str(result)}
