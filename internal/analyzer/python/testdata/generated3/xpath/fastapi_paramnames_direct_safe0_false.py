# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=paramnames propagation=direct sink=safe0 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00487")
def benchmark_test_00487(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid=$emplid]", emplid=bar)
    result = len(nodes)
    return {"result": str(result)}
