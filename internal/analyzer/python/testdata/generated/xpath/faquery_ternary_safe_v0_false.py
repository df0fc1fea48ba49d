# generated case: rule=PY-XPATH-INJECTION source=faquery propagation=ternary_safe sink=v0 expected=false
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
USERS_XML = etree.parse("/srv/data/users.xml")


@app.get("/xpath")
def handle_xpath(p: str = ""):
    param = p
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return {"result": result}
