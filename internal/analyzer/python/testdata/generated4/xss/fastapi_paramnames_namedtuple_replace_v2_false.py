# generated case (gen_cases4): category=xss rule=PY-XSS fw=fastapi source=paramnames shape=namedtuple_replace sink=v2 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from typing import NamedTuple

app = FastAPI()


class Row(NamedTuple):
    key: str
    val: str


@app.get("/00030")
def benchmark_test_00030(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    row = Row("k", param)._replace(val="safe")
    bar = row.val
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
