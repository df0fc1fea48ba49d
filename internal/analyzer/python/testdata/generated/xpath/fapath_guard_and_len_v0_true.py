# generated case: rule=PY-XPATH-INJECTION source=fapath propagation=guard_and_len sink=v0 expected=true
from fastapi import FastAPI, HTTPException
from lxml import etree

app = FastAPI()
USERS_XML = etree.parse("/srv/data/users.xml")


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/xpath/{p}")
def handle_xpath(p: str):
    param = p
    bar = param
    if bar not in ALLOWED and len(bar) > 100:
        raise HTTPException(status_code=400, detail="invalid")
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": result}
