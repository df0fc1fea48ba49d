# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=cookieparam propagation=list_pop_taint (helper class) sink=v0 expected=true
from fastapi import FastAPI, Cookie, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        values_list = []
        values_list.append("safe")
        values_list.append(param)
        values_list.append("moresafe")
        values_list.pop(0)
        bar = values_list[0]
        return bar


@app.get("/00457")
def benchmark_test_00457(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": str(result)}
