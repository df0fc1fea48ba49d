# generated case (gen_cases5): category=xxe rule=PY-XXE fw=fastapi source=query shape=resolve_true_no_network expected=true
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.get("/00266")
def benchmark_test_00266(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    parser = etree.XMLParser(resolve_entities=True, no_network=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return {"result": str(result)}
