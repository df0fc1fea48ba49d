# generated case (gen_cases5): category=xxe rule=PY-XXE fw=fastapi source=querystring shape=feed_parser_unsafe expected=true
import urllib.parse

from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.get("/00288")
def benchmark_test_00288(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    parser = etree.XMLParser(resolve_entities=True)
    parser.feed(bar)
    root = parser.close()  # want: PY-XXE
    result = root.findtext("name")
    return {"result": str(result)}
