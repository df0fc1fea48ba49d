# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=query propagation=try_int_fallback sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00310")
def benchmark_test_00310(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    return RedirectResponse(bar)
