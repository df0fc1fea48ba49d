# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=header shape=async_gen_taint sink=v1 expected=true
import asyncio

from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


async def echo_async(value):
    await asyncio.sleep(0)
    return value.strip()


async def label_async(value):
    await asyncio.sleep(0)
    return "fixed"


async def chunks(value):
    yield "safe"
    yield value


@app.get("/00116")
def benchmark_test_00116(request: Request):
    param = request.headers.get("referer", "")
    parts = [p async for p in chunks(param)]
    bar = parts[1]
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return {"result": str(result)}
