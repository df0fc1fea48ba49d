# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=header propagation=filter_isalnum sink=v0 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.get("/00393")
def benchmark_test_00393(request: Request):
    param = request.headers.get("referer", "")
    bar = "".join(filter(str.isalnum, param))
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return {"result": str(result)}
