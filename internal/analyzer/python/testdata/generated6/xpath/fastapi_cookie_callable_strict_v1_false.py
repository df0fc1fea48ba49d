# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=cookie shape=callable_strict sink=v1 expected=false
import re

from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Normalizer:
    def __init__(self, mode):
        self.mode = mode

    def __call__(self, value):
        if self.mode == "strict":
            return re.sub(r"[^A-Za-z0-9]", "", value)
        return value.strip()


@app.get("/00264")
def benchmark_test_00264(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Normalizer("strict")(param)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
