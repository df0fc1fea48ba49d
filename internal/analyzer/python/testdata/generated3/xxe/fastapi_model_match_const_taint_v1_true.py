# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=model propagation=match_const_taint sink=v1 expected=true
from fastapi import FastAPI, Request
from lxml import etree
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00429")
def benchmark_test_00429(request: Request, item: Item):
    param = item.name
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return {"result": str(result)}
