# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=query propagation=allowlist_ternary sink=v1 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.get("/00387")
def benchmark_test_00387(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param if param in ("alpha", "beta") else "alpha"
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return {"result": str(result)}
