# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=cookieparam shape=classmethod_factory_const sink=v0 expected=false
from fastapi import FastAPI, Cookie, Request
from lxml import etree

app = FastAPI()
COLUMNS = {"n": "name", "e": "email"}
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Term:
    def __init__(self, text):
        self.text = text

    @classmethod
    def parse(cls, raw):
        return cls(raw.strip())

    @classmethod
    def default(cls, raw):
        return cls("all")

    @staticmethod
    def column(raw):
        return COLUMNS.get(raw, "name")


@app.get("/00061")
def benchmark_test_00061(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = Term.default(param).text
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
