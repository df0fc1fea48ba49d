# generated case: rule=PY-XPATH-INJECTION source=faquery propagation=method_const sink=v0 expected=false
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
USERS_XML = etree.parse("/srv/data/users.xml")


class Thing:
    def do_something(self, value):
        return "safe!"


@app.get("/xpath")
def handle_xpath(p: str = ""):
    param = p
    bar = Thing().do_something(param)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return {"result": result}
