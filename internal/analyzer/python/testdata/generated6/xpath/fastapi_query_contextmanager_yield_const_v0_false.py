# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=query shape=contextmanager_yield_const sink=v0 expected=false
import contextlib

from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@contextlib.contextmanager
def trimmed(value):
    yield value.strip()


@contextlib.contextmanager
def placeholder(value):
    yield "placeholder"


@app.get("/00093")
def benchmark_test_00093(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    with placeholder(param) as v:
        bar = v
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
