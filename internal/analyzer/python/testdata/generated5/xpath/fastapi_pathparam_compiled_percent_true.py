# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=pathparam shape=compiled_percent expected=true
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00316/{test_id}")
def benchmark_test_00316(request: Request, test_id: str):
    param = test_id
    bar = param
    find = etree.XPath("//Employee[@id='%s']/text()" % bar)  # want: PY-XPATH-INJECTION
    result = len(find(EMPLOYEES))
    return {"result": str(result)}
