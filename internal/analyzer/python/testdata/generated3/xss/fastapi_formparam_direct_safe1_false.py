# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=formparam propagation=direct sink=safe1 expected=false
from fastapi import FastAPI, Form, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.post("/00244")
def benchmark_test_00244(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    return PlainTextResponse("Formatted like: " + bar)
