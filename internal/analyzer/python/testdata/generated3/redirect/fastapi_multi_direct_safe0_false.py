# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=multi propagation=direct sink=safe0 expected=false
import urllib.parse

from fastapi import FastAPI, Query, Request
from fastapi.responses import RedirectResponse
from typing import List

app = FastAPI()


@app.get("/00345")
def benchmark_test_00345(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
