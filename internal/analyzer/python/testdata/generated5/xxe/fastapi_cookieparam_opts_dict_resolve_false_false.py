# generated case (gen_cases5): category=xxe rule=PY-XXE fw=fastapi source=cookieparam shape=opts_dict_resolve_false expected=false
from fastapi import FastAPI, Cookie, Request
from lxml import etree

app = FastAPI()


@app.get("/00270")
def benchmark_test_00270(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    opts = {"resolve_entities": False, "no_network": True}
    parser = etree.XMLParser(**opts)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return {"result": str(result)}
