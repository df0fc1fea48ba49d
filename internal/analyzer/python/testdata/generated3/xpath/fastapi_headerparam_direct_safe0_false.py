# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=headerparam propagation=direct sink=safe0 expected=false
from fastapi import FastAPI, Header, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00381")
def benchmark_test_00381(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid=$emplid]", emplid=bar)
    result = len(nodes)
    return {"result": str(result)}
