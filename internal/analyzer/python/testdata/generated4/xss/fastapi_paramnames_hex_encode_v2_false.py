# generated case (gen_cases4): category=xss rule=PY-XSS fw=fastapi source=paramnames shape=hex_encode sink=v2 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00282")
def benchmark_test_00282(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param.encode("utf-8").hex()
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
