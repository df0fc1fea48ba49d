# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=query propagation=stringio (helper class) sink=v1 expected=true
import io

from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.get("/00432")
def benchmark_test_00432(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return {"result": str(result)}
