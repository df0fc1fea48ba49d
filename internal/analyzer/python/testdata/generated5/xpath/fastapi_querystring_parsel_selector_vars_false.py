# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=querystring shape=parsel_selector_vars expected=false
import urllib.parse

from fastapi import FastAPI, Request
from parsel import Selector

app = FastAPI()
PAGE = "<ul><li class=\"a\">x</li><li class=\"b\">y</li></ul>"


@app.get("/00325")
def benchmark_test_00325(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    sel = Selector(text=PAGE)
    names = sel.xpath("//li[@class=$cls]/text()", cls=bar).getall()
    result = len(names)
    return {"result": str(result)}
