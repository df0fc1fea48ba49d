# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=pathparam propagation=direct sink=safe1 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00321/{test_id}")
def benchmark_test_00321(request: Request, test_id: str):
    param = test_id
    bar = param
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
