# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=query propagation=direct sink=safe1 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/00254")
def benchmark_test_00254(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    return PlainTextResponse("Formatted like: " + bar)
