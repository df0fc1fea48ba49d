# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=headerparam propagation=direct sink=safe1 expected=false
import urllib.parse

from fastapi import FastAPI, Header, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00321")
def benchmark_test_00321(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
