# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=form propagation=passthrough (helper class) sink=safe0 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.post("/00346")
async def benchmark_test_00346(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
