# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=cookieparam propagation=dict_overwrite_other sink=v0 expected=true
from fastapi import FastAPI, Cookie, Request
from lxml import etree

app = FastAPI()


@app.get("/00423")
def benchmark_test_00423(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyA-55"] = "overwritten"
    bar = m["keyB-55"]
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return {"result": str(result)}
