# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=model propagation=join_builder_replaced sink=v1 expected=false
from fastapi import FastAPI, Request
from lxml import etree
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00411")
def benchmark_test_00411(request: Request, item: Item):
    param = item.name
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return {"result": str(result)}
