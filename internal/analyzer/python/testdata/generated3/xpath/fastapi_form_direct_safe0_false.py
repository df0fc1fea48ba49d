# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=form propagation=direct sink=safe0 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.post("/00465")
async def benchmark_test_00465(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid=$emplid]", emplid=bar)
    result = len(nodes)
    return {"result": str(result)}
