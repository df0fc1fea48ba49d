# generated case (gen_cases4): category=xxe rule=PY-XXE fw=fastapi source=model shape=next_genexp_taint sink=v1 expected=true
from fastapi import FastAPI, Request
from lxml import etree
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00250")
def benchmark_test_00250(request: Request, item: Item):
    param = item.name
    bar = next(v for v in [param, "safe"])
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return {"result": str(result)}
