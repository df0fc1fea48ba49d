# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=cookie propagation=if_fold_div_safe sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00322")
def benchmark_test_00322(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    num = 86
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    return RedirectResponse(bar)
