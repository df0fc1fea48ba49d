# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=header shape=query_var_format sink=specific expected=true
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00489")
def benchmark_test_00489(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    query = "//Employee[@name='{}']"
    nodes = EMPLOYEES.xpath(query.format(bar))  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": str(result)}
