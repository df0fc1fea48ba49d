# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=formparam shape=ternary_module_flag_taint sink=v0 expected=true
from fastapi import FastAPI, Form, Request
from lxml import etree

app = FastAPI()
STRICT_MODE = True
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.post("/00201")
def benchmark_test_00201(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param if STRICT_MODE else "safe"
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": str(result)}
