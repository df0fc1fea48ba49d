# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=queryparams propagation=builder_chain sink=v1 expected=true
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


@app.get("/00458")
def benchmark_test_00458(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = Builder().set_value(param).get_value()
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
