# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=pathparam propagation=dict_overwrite_same (helper class) sink=v1 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


@app.get("/00415/{test_id}")
def benchmark_test_00415(request: Request, test_id: str):
    param = test_id
    bar = Test().do_something(request, param)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
