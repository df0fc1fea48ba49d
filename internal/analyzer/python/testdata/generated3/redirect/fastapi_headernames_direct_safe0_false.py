# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=headernames propagation=direct sink=safe0 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00319")
def benchmark_test_00319(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
