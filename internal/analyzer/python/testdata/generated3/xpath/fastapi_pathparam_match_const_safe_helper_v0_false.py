# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=pathparam propagation=match_const_safe (helper class) sink=v0 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


@app.get("/00469/{test_id}")
def benchmark_test_00469(request: Request, test_id: str):
    param = test_id
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
