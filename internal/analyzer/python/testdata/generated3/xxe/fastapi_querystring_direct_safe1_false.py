# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=querystring propagation=direct sink=safe1 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.get("/00351")
def benchmark_test_00351(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return {"result": str(result)}
