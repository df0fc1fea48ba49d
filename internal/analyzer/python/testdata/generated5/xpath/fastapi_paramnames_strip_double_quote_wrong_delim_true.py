# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=paramnames shape=strip_double_quote_wrong_delim expected=true
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00334")
def benchmark_test_00334(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    name = bar.replace('"', "")
    nodes = EMPLOYEES.xpath("//Employee[@name='" + name + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": str(result)}
