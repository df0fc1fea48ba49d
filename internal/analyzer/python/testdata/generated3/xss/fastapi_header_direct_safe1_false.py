# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=header propagation=direct sink=safe1 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/00266")
def benchmark_test_00266(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    return PlainTextResponse("Formatted like: " + bar)
