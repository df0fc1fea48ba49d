# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=multi shape=fstring expected=true
from fastapi import FastAPI, Query, Request
from lxml import etree
from typing import List

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00311")
def benchmark_test_00311(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    nodes = EMPLOYEES.xpath(f"//Employee[@dept='{bar}']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": str(result)}
