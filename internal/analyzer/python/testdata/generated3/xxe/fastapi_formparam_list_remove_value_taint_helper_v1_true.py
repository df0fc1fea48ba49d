# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=formparam propagation=list_remove_value_taint (helper class) sink=v1 expected=true
from fastapi import FastAPI, Form, Request
from lxml import etree

app = FastAPI()


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        values_list.remove(values_list[0])
        bar = values_list[0]
        return bar


@app.post("/00420")
def benchmark_test_00420(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return {"result": str(result)}
