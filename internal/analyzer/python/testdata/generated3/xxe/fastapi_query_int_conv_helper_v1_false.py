# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=query propagation=int_conv (helper class) sink=v1 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.get("/00414")
def benchmark_test_00414(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return {"result": str(result)}
