# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=headernames propagation=passthrough (helper class) sink=safe0 expected=false
import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00253")
def benchmark_test_00253(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    return HTMLResponse(f"<p>Formatted like: {html.escape(bar)}</p>")
