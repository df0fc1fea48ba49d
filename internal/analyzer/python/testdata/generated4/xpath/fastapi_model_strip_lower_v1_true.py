# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=model shape=strip_lower sink=v1 expected=true
from fastapi import FastAPI, Request
from lxml import etree
from pydantic import BaseModel

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00124")
def benchmark_test_00124(request: Request, item: Item):
    param = item.name
    bar = param.strip().lower()
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
