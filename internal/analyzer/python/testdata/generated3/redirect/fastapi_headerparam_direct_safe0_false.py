# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=headerparam propagation=direct sink=safe0 expected=false
import urllib.parse

from fastapi import FastAPI, Header, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00361")
def benchmark_test_00361(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
