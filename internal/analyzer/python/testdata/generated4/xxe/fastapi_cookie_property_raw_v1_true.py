# generated case (gen_cases4): category=xxe rule=PY-XXE fw=fastapi source=cookie shape=property_raw sink=v1 expected=true
import re

from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @property
    def safe(self):
        return re.sub(r"[^A-Za-z0-9]", "", self._raw)


@app.get("/00032")
def benchmark_test_00032(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Wrapper(param).raw
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return {"result": str(result)}
