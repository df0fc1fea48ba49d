# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=header propagation=join_builder_replaced sink=v0 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00472")
def benchmark_test_00472(request: Request):
    param = request.headers.get("referer", "")
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
