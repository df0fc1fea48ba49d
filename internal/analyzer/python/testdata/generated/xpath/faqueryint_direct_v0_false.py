# generated case: rule=PY-XPATH-INJECTION source=faqueryint propagation=direct sink=v0 expected=false
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
USERS_XML = etree.parse("/srv/data/users.xml")


@app.get("/xpath")
def handle_xpath(p: int = 0):
    param = str(p)
    bar = param
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return {"result": result}
