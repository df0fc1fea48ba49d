# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=multi shape=int_try_return sink=v0 expected=false
from fastapi import FastAPI, HTTPException, Query, Request
from lxml import etree
from typing import List

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00167")
def benchmark_test_00167(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    try:
        n = int(param)
    except ValueError:
        raise HTTPException(status_code=400, detail="invalid")
    bar = str(n)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
