# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=formparam propagation=direct sink=safe1 expected=false
import urllib.parse

from fastapi import FastAPI, Form, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/00281")
def benchmark_test_00281(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
