# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=pathparam propagation=direct sink=safe1 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/00238/{test_id}")
def benchmark_test_00238(request: Request, test_id: str):
    param = test_id
    bar = param
    return PlainTextResponse("Formatted like: " + bar)
