# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=querystring propagation=builder_chain_other (helper class) sink=v0 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


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


@app.get("/00481")
def benchmark_test_00481(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
