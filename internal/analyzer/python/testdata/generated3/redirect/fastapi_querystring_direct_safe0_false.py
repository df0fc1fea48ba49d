# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=querystring propagation=direct sink=safe0 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00319")
def benchmark_test_00319(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
