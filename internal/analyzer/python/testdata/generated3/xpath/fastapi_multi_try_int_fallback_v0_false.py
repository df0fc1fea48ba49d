# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=multi propagation=try_int_fallback sink=v0 expected=false
from fastapi import FastAPI, Query, Request
from lxml import etree
from typing import List

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00484")
def benchmark_test_00484(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
