# generated case (gen_cases4): category=xss rule=PY-XSS fw=fastapi source=querystring shape=zip_dict_safe sink=v2 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00122")
def benchmark_test_00122(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    fields = dict(zip(["a", "b"], ["safe", param]))
    bar = fields["a"]
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
