# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=headerparam propagation=passthrough (helper class) sink=safe0 expected=false
import html

from fastapi import FastAPI, Header, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00243")
def benchmark_test_00243(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    return HTMLResponse(f"<p>Formatted like: {html.escape(bar)}</p>")
