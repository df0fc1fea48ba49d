# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=cookie propagation=direct sink=safe2 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00256")
def benchmark_test_00256(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    return HTMLResponse("Formatted like: " + bar, headers={"Content-Type": "text/plain"})
