# generated case (gen_cases5): category=xxe rule=PY-XXE fw=fastapi source=pathparam shape=two_parsers_safe_used expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.get("/00279/{test_id}")
def benchmark_test_00279(request: Request, test_id: str):
    param = test_id
    bar = param
    lenient = etree.XMLParser(resolve_entities=True)
    strict = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(bar.encode("utf-8"), strict)
    result = root.findtext("name") or str(lenient)
    return {"result": str(result)}
