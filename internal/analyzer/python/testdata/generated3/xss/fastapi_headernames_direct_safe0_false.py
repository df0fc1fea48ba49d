# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=headernames propagation=direct sink=safe0 expected=false
import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00236")
def benchmark_test_00236(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    return HTMLResponse(f"<p>Formatted like: {html.escape(bar)}</p>")
