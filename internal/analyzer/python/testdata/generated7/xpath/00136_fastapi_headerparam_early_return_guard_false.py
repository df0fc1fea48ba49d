# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=headerparam shape=early_return_guard sink=v2 expected=false
from fastapi import FastAPI, Header, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def pick(value):
    if not value.isalnum():
        return "invalid"
    return value


def pick_loose(value):
    if value.isalnum():
        return value.lower()
    return value


@app.get("/case-00136")
async def case_00136(request: Request, x_query: str = Header("")):
    param = x_query
    bar = pick(param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
