# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=queryparams propagation=direct sink=safe1 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.get("/00429")
def benchmark_test_00429(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return {"result": str(result)}
