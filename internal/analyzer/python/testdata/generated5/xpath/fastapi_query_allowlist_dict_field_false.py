# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=query shape=allowlist_dict_field expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")
FIELDS = {"n": "name", "t": "title", "s": "salary"}


@app.get("/00329")
def benchmark_test_00329(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    field = FIELDS.get(bar, "name")
    nodes = EMPLOYEES.xpath("//Employee/" + field + "/text()")
    result = len(nodes)
    return {"result": str(result)}
