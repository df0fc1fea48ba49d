# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=header propagation=passthrough (helper class) sink=safe1 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00322")
def benchmark_test_00322(request: Request):
    param = request.headers.get("referer", "")
    bar = Test().do_something(request, param)
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
