# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=header shape=template_substitute_unused sink=v0 expected=false
import string

from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00133")
def benchmark_test_00133(request: Request):
    param = request.headers.get("referer", "")
    bar = string.Template("$term").substitute(term="all", extra=param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
