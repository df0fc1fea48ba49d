# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=cookie shape=guard_isdigit sink=v1 expected=false
from fastapi import FastAPI, HTTPException, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00158")
def benchmark_test_00158(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    if not param.isdigit():
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
