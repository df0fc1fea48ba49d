# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=headerparam shape=decimal_conv sink=v2 expected=false
import decimal

from fastapi import FastAPI, Header, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/case-00196")
async def case_00196(request: Request, x_query: str = Header("")):
    param = x_query
    bar = str(decimal.Decimal(param))
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
