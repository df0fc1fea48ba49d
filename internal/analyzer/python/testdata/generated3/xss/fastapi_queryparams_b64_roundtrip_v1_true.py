# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=queryparams propagation=b64_roundtrip sink=v1 expected=true
import base64

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00216")
def benchmark_test_00216(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
