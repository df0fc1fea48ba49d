# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=multi propagation=direct sink=safe0 expected=false
from fastapi import FastAPI, Query, Request
from lxml import etree
from typing import List

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00436")
def benchmark_test_00436(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid=$emplid]", emplid=bar)
    result = len(nodes)
    return {"result": str(result)}
