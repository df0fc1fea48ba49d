# generated case: rule=PY-XPATH-INJECTION source=fapath propagation=ternary_taint sink=v0 expected=true
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
USERS_XML = etree.parse("/srv/data/users.xml")


@app.get("/xpath/{p}")
def handle_xpath(p: str):
    param = p
    num = 106
    bar = "This_should_never_happen" if (7 * 18) + num < 200 else param
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": result}
