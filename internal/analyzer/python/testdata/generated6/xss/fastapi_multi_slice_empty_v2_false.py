# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=multi shape=slice_empty sink=v2 expected=false
from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from typing import List

app = FastAPI()


@app.get("/00293")
def benchmark_test_00293(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param[:0] + "safe"
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
