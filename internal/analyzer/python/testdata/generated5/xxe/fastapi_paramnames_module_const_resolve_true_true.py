# generated case (gen_cases5): category=xxe rule=PY-XXE fw=fastapi source=paramnames shape=module_const_resolve_true expected=true
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
RESOLVE_ENTITIES = True


@app.get("/00271")
def benchmark_test_00271(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    parser = etree.XMLParser(resolve_entities=RESOLVE_ENTITIES)
    root = etree.XML(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return {"result": str(result)}
