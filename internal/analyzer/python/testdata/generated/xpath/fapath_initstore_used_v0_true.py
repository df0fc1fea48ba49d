# generated case: rule=PY-XPATH-INJECTION source=fapath propagation=initstore_used sink=v0 expected=true
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
USERS_XML = etree.parse("/srv/data/users.xml")


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def value(self):
        return self._value


@app.get("/xpath/{p}")
def handle_xpath(p: str):
    param = p
    holder = Holder(param)
    bar = holder.value()
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return {"result": result}
