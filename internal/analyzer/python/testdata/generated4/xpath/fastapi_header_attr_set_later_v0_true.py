# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=header shape=attr_set_later sink=v0 expected=true
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Box:
    def __init__(self):
        self.content = "default"

    def read(self):
        return self.content


@app.get("/00007")
def benchmark_test_00007(request: Request):
    param = request.headers.get("referer", "")
    box = Box()
    box.content = param
    bar = box.read()
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": str(result)}
