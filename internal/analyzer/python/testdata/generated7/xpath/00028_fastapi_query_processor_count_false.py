# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=fastapi source=query shape=processor_count sink=v2 expected=false
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Processor:
    def __init__(self, raw):
        self.raw = raw
        self.parts = []

    def split(self):
        self.parts = self.raw.split(",")
        return self

    def first(self):
        return self.parts[0]

    def count(self):
        return str(len(self.parts))


@app.get("/case-00028")
async def case_00028(request: Request, q: str = ""):
    param = q
    bar = Processor(param).split().count()
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")
    result = len(nodes)
    return {"result": str(result)}
