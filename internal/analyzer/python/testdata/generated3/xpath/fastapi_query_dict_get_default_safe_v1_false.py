# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=query propagation=dict_get_default_safe sink=v1 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00466")
def benchmark_test_00466(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
