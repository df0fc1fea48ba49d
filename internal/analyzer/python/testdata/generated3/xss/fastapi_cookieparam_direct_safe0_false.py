# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=cookieparam propagation=direct sink=safe0 expected=false
import html

from fastapi import FastAPI, Cookie, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00252")
def benchmark_test_00252(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    return HTMLResponse(f"<p>Formatted like: {html.escape(bar)}</p>")
