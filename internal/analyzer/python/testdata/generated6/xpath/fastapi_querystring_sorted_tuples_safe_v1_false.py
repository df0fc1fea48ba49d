# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=querystring shape=sorted_tuples_safe sink=v1 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00178")
def benchmark_test_00178(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    ranked = sorted([("b", param), ("a", "safe")])
    bar = ranked[0][1]
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
