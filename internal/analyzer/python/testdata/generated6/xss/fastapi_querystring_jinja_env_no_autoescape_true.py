# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=querystring shape=jinja_env_no_autoescape sink=specific expected=true
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment

app = FastAPI()


@app.get("/00382")
def benchmark_test_00382(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    return HTMLResponse(Environment().from_string("<p>{{ name }}</p>").render(name=bar))  # want: PY-XSS
