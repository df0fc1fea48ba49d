# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=cookie shape=fstring_align sink=v1 expected=true
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00264")
def benchmark_test_00264(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = f"{param:>20}"
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
