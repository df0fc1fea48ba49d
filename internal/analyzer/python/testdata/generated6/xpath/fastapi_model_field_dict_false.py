# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=model shape=field_dict sink=specific expected=false
from fastapi import FastAPI, Request
from lxml import etree
from pydantic import BaseModel

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")
FIELDS = {"n": "name", "t": "title"}


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00432")
def benchmark_test_00432(request: Request, item: Item):
    param = item.name
    bar = param
    field = FIELDS.get(bar, "name")
    nodes = EMPLOYEES.xpath("//Employee/" + field)
    result = len(nodes)
    return {"result": str(result)}
