# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=form propagation=try_int_fallback sink=v0 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.post("/00433")
async def benchmark_test_00433(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
