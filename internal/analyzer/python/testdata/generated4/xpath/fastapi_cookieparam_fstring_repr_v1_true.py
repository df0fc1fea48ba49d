# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=cookieparam shape=fstring_repr sink=v1 expected=true
from fastapi import FastAPI, Cookie, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00266")
def benchmark_test_00266(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = f"{param!r}"
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
