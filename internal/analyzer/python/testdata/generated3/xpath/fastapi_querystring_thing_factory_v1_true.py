# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=querystring propagation=thing_factory sink=v1 expected=true
import urllib.parse

from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.get("/00427")
def benchmark_test_00427(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    thing = make_thing()
    bar = thing.do_something(param)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
