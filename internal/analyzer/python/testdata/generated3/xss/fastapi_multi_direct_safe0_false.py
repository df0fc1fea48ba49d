# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=multi propagation=direct sink=safe0 expected=false
import html

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from typing import List

app = FastAPI()


@app.get("/00236")
def benchmark_test_00236(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    return HTMLResponse(f"<p>Formatted like: {html.escape(bar)}</p>")
