# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=cookie propagation=thing_factory sink=v1 expected=true
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
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    thing = make_thing()
    bar = thing.do_something(param)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
