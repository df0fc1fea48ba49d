# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=multi propagation=direct sink=safe1 expected=false
from fastapi import FastAPI, Query, Request
from lxml import etree
from typing import List

app = FastAPI()


@app.get("/00449")
def benchmark_test_00449(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return {"result": str(result)}
