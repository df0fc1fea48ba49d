# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=headerparam shape=json_dumps_quoted sink=specific expected=true
import json

from fastapi import FastAPI, Header, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00429")
def benchmark_test_00429(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    nodes = EMPLOYEES.xpath("//Employee[@name=%s]" % json.dumps(bar))  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": str(result)}
