# generated case: rule=PY-XPATH-INJECTION source=fapath propagation=listneg_first sink=v0 expected=false
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
USERS_XML = etree.parse("/srv/data/users.xml")


@app.get("/xpath/{p}")
def handle_xpath(p: str):
    param = p
    values = [param, "safe", "moresafe"]
    bar = values[-1]
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return {"result": result}
