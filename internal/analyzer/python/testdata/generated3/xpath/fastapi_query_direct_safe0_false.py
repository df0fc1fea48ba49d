# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=query propagation=direct sink=safe0 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00436")
def benchmark_test_00436(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid=$emplid]", emplid=bar)
    result = len(nodes)
    return {"result": str(result)}
