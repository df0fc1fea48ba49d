# generated case: rule=PY-XPATH-INJECTION source=fapath propagation=len sink=v0 expected=false
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
USERS_XML = etree.parse("/srv/data/users.xml")


@app.get("/xpath/{p}")
def handle_xpath(p: str):
    param = p
    bar = str(len(param))
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return {"result": result}
