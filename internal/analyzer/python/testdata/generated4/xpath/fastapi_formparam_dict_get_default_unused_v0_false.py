# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=formparam shape=dict_get_default_unused sink=v0 expected=false
from fastapi import FastAPI, Form, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.post("/00075")
def benchmark_test_00075(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    options = {"term": "basic"}
    bar = options.get("term", param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
