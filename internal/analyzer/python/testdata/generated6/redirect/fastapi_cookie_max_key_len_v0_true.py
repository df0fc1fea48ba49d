# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=cookie shape=max_key_len sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00185")
def benchmark_test_00185(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = max(["safe", param], key=len)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
