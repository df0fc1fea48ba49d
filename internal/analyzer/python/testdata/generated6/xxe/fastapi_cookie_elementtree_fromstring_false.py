# generated case (gen_cases6): category=xxe rule=PY-XXE fw=fastapi source=cookie shape=elementtree_fromstring sink=specific expected=false
from fastapi import FastAPI, Request
from xml.etree import ElementTree

app = FastAPI()


@app.get("/00468")
def benchmark_test_00468(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    root = ElementTree.fromstring(bar)
    result = root.tag
    return {"result": str(result)}
