# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=cookie propagation=int_conv (helper class) sink=v1 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.get("/00475")
def benchmark_test_00475(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
