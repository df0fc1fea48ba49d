# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=cookieparam propagation=dict_get_default_safe sink=v0 expected=false
from fastapi import FastAPI, Cookie, Request
from lxml import etree

app = FastAPI()


@app.get("/00405")
def benchmark_test_00405(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return {"result": str(result)}
