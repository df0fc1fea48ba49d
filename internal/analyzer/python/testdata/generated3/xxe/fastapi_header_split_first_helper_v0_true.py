# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=header propagation=split_first (helper class) sink=v0 expected=true
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.get("/00438")
def benchmark_test_00438(request: Request):
    param = request.headers.get("referer", "")
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return {"result": str(result)}
