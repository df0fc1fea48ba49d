# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=multi shape=overridden_getter sink=v0 expected=false
from fastapi import FastAPI, Query, Request
from lxml import etree
from typing import List

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Base:
    def get(self):
        return self.value


class Child(Base):
    def __init__(self, value):
        self.value = value


class FixedChild(Base):
    def __init__(self, value):
        self.value = value

    def get(self):
        return "fixed"


@app.get("/00041")
def benchmark_test_00041(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = FixedChild(param).get()
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
