# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=cookieparam shape=strip_single_quote_delim expected=false
from fastapi import FastAPI, Cookie, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00333")
def benchmark_test_00333(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    name = bar.replace("'", "")
    nodes = EMPLOYEES.xpath("//Employee[@name='" + name + "']")
    result = len(nodes)
    return {"result": str(result)}
