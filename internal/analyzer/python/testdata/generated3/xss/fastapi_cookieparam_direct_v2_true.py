# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=cookieparam propagation=direct sink=v2 expected=true
from fastapi import FastAPI, Cookie, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00216")
def benchmark_test_00216(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
