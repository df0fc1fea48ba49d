# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=querystring propagation=try_int_fallback sink=v0 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00433")
def benchmark_test_00433(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
