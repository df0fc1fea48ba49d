# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=formparam propagation=dict_get_safe (helper class) sink=v1 expected=false
from fastapi import FastAPI, Form, Request
from lxml import etree

app = FastAPI()


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


@app.post("/00402")
def benchmark_test_00402(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return {"result": str(result)}
