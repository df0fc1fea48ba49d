# generated case (gen_cases5): category=xxe rule=PY-XXE fw=fastapi source=headerparam shape=etcompat_unsafe expected=true
from fastapi import FastAPI, Header, Request
from lxml import etree

app = FastAPI()


@app.get("/00284")
def benchmark_test_00284(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    parser = etree.ETCompatXMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return {"result": str(result)}
