# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=queryparams shape=cached_property_allowlist sink=v2 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from functools import cached_property

app = FastAPI()
KINDS = {"a": "advanced", "b": "basic"}


class Lookup:
    def __init__(self, raw):
        self._raw = raw

    @cached_property
    def term(self):
        return self._raw.strip()

    @cached_property
    def kind(self):
        return KINDS.get(self._raw, "basic")


@app.get("/00043")
def benchmark_test_00043(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = Lookup(param).kind
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
