# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=cookie shape=count_fstring sink=specific expected=true
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.get("/case-00300")
async def case_00300(request: Request):
    param = request.cookies.get("q", "none")
    bar = param
    total = EMPLOYEES.xpath(f"count(//Employee[@role='{bar}'])")  # want: PY-XPATH-INJECTION
    result = int(total)
    return {"result": str(result)}
