# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=cookieparam propagation=direct sink=safe1 expected=false
import urllib.parse

from fastapi import FastAPI, Cookie, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00363")
def benchmark_test_00363(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
