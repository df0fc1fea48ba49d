# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=querystring shape=dunder_str_safe sink=v2 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Wrapped:
    def __init__(self, value):
        self.value = value

    def __str__(self):
        return self.value


class Opaque(Wrapped):
    def __str__(self):
        return "wrapped"


@app.get("/00277")
def benchmark_test_00277(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = str(Opaque(param))
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
