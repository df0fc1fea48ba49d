# generated case: rule=PY-XPATH-INJECTION source=faquery propagation=direct sink=safe-api expected=false
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
USERS_XML = etree.parse("/srv/data/users.xml")


@app.get("/xpath")
def handle_xpath(p: str = ""):
    param = p
    bar = param
    nodes = USERS_XML.xpath("//user[@id=$uid]/name/text()", uid=bar)
    result = len(nodes)
    return {"result": result}
