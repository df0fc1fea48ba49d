# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=header shape=module_cache sink=v0 expected=true
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
CACHE = {}
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00259")
def benchmark_test_00259(request: Request):
    param = request.headers.get("referer", "")
    CACHE["last"] = param
    bar = CACHE["last"]
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": str(result)}
