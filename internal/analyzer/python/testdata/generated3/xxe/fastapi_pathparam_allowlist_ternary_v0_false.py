# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=pathparam propagation=allowlist_ternary sink=v0 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.get("/00435/{test_id}")
def benchmark_test_00435(request: Request, test_id: str):
    param = test_id
    bar = param if param in ("alpha", "beta") else "alpha"
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return {"result": str(result)}
