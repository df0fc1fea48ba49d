# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=headernames propagation=passthrough (helper class) sink=safe1 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00364")
def benchmark_test_00364(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
