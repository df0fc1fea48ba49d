# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=formparam shape=element_evaluator expected=true
from fastapi import FastAPI, Form, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.post("/00320")
def benchmark_test_00320(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    evaluator = etree.XPathElementEvaluator(EMPLOYEES.getroot())
    nodes = evaluator("//Employee[@name='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": str(result)}
