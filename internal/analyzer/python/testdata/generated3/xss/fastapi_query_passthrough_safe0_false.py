# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=query propagation=passthrough (helper class) sink=safe0 expected=false
import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00265")
def benchmark_test_00265(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    return HTMLResponse(f"<p>Formatted like: {html.escape(bar)}</p>")
