# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=formparam propagation=if_fold_div_safe sink=v1 expected=false
from fastapi import FastAPI, Form, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.post("/00454")
def benchmark_test_00454(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    num = 86
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
