# generated case: rule=PY-XPATH-INJECTION source=faquery propagation=guard_other_var sink=v0 expected=true
from fastapi import FastAPI, HTTPException
from lxml import etree

app = FastAPI()
USERS_XML = etree.parse("/srv/data/users.xml")


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/xpath")
def handle_xpath(p: str = ""):
    param = p
    bar = param
    other = "alpha"
    if other not in ALLOWED:
        raise HTTPException(status_code=400, detail="invalid")
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": result}
