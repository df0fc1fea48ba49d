# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=queryparams shape=ip_address_ssrf sink=v2 expected=false
import ipaddress

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00300")
def benchmark_test_00300(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = ipaddress.ip_address(param).compressed
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
