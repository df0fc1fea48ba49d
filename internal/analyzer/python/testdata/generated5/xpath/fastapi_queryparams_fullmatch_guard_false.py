# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=queryparams shape=fullmatch_guard expected=false
import re

from fastapi import FastAPI, HTTPException, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00338")
def benchmark_test_00338(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    if not re.fullmatch(r"[A-Za-z0-9]+", bar):
        raise HTTPException(status_code=400, detail="invalid")
    nodes = EMPLOYEES.xpath("//Employee[@name='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
