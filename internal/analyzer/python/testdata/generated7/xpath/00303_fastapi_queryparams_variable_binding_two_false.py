# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=queryparams shape=variable_binding_two sink=specific expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/case-00303")
def case_00303(request: Request):
    param = request.query_params.get("q", "")
    bar = param
    nodes = EMPLOYEES.xpath("//Employee[@name=$n and @dept=$d]", n=bar, d="sales")
    result = len(nodes)
    return {"result": str(result)}
