# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=querystring propagation=direct sink=safe2 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00268")
def benchmark_test_00268(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    return HTMLResponse("Formatted like: " + bar, headers={"Content-Type": "text/plain"})
