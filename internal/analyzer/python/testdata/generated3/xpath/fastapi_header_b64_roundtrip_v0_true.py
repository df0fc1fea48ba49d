# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=header propagation=b64_roundtrip sink=v0 expected=true
import base64

from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00452")
def benchmark_test_00452(request: Request):
    param = request.headers.get("referer", "")
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": str(result)}
