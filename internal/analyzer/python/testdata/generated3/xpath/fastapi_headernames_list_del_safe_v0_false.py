# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=headernames propagation=list_del_safe sink=v0 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/00460")
def benchmark_test_00460(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    values_list = ["safe", param, "moresafe"]
    del values_list[1]
    bar = values_list[1]
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
