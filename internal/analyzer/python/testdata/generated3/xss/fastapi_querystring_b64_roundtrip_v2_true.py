# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=querystring propagation=b64_roundtrip sink=v2 expected=true
import base64
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00240")
def benchmark_test_00240(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
