# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=headerparam propagation=ternary_fold_taint sink=v0 expected=true
from fastapi import FastAPI, Header, Request
from lxml import etree

app = FastAPI()


@app.get("/00366")
def benchmark_test_00366(request: Request, referer: str = Header("")):
    param = referer
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return {"result": str(result)}
