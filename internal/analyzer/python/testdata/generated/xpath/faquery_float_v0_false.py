# generated case: rule=PY-XPATH-INJECTION source=faquery propagation=float sink=v0 expected=false
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
USERS_XML = etree.parse("/srv/data/users.xml")


@app.get("/xpath")
def handle_xpath(p: str = ""):
    param = p
    bar = str(float(param))
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return {"result": result}
