# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=cookie shape=format_kwargs expected=true
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00315")
def benchmark_test_00315(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    expr = "//Employee[@name='{name}']".format(**{"name": bar})
    nodes = EMPLOYEES.xpath(expr)  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": str(result)}
