# generated case: rule=PY-XPATH-INJECTION source=faquery propagation=helper_kwarg sink=v0 expected=true
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
USERS_XML = etree.parse("/srv/data/users.xml")


def do_something(value=None):
    return value


@app.get("/xpath")
def handle_xpath(p: str = ""):
    param = p
    bar = do_something(value=param)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": result}
