# generated case (gen_cases5): category=xxe rule=PY-XXE fw=fastapi source=queryparams shape=parser_reassigned_safe expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.get("/00275")
def benchmark_test_00275(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    parser = etree.XMLParser(resolve_entities=True)
    parser = etree.XMLParser(resolve_entities=False)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return {"result": str(result)}
