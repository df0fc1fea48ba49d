# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=querystring propagation=allowlist_ternary sink=v2 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00230")
def benchmark_test_00230(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param if param in ("alpha", "beta") else "alpha"
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
