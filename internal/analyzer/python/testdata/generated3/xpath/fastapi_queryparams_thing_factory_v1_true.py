# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=queryparams propagation=thing_factory sink=v1 expected=true
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.get("/00478")
def benchmark_test_00478(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    thing = make_thing()
    bar = thing.do_something(param)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
