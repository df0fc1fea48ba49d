# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=querystring shape=etree_child_count sink=v0 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from xml.etree import ElementTree

app = FastAPI()


@app.get("/00237")
def benchmark_test_00237(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = str(len(ElementTree.fromstring(param)))
    return RedirectResponse(bar)
