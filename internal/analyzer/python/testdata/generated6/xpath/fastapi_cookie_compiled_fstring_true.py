# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=cookie shape=compiled_fstring sink=specific expected=true
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00435")
def benchmark_test_00435(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    find = etree.XPath(f"//Employee[@dept='{bar}']")  # want: PY-XPATH-INJECTION
    result = len(find(EMPLOYEES))
    return {"result": str(result)}
