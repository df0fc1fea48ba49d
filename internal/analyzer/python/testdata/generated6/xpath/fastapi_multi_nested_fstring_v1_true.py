# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=multi shape=nested_fstring sink=v1 expected=true
from fastapi import FastAPI, Query, Request
from lxml import etree
from typing import List

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00194")
def benchmark_test_00194(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = f"{f'{param}'.strip()}"
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
