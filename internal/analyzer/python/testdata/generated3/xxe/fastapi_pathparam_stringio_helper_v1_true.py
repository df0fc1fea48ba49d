# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=pathparam propagation=stringio (helper class) sink=v1 expected=true
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


@app.get("/00384/{test_id}")
def benchmark_test_00384(request: Request, test_id: str):
    param = test_id
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return {"result": str(result)}
