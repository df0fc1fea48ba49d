# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=model propagation=dict_get_safe (helper class) sink=v1 expected=false
from fastapi import FastAPI, Request
from lxml import etree
from pydantic import BaseModel

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Item(BaseModel):
    name: str
    quantity: int = 1


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


@app.post("/00463")
def benchmark_test_00463(request: Request, item: Item):
    param = item.name
    bar = Test().do_something(request, param)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
