# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=header propagation=int_conv (helper class) sink=v0 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.get("/00424")
def benchmark_test_00424(request: Request):
    param = request.headers.get("referer", "")
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
