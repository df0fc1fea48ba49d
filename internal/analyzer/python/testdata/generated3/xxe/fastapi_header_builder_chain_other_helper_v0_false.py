# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=header propagation=builder_chain_other (helper class) sink=v0 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


@app.get("/00420")
def benchmark_test_00420(request: Request):
    param = request.headers.get("referer", "")
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return {"result": str(result)}
