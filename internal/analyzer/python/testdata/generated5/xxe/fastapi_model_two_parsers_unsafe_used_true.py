# generated case (gen_cases5): category=xxe rule=PY-XXE fw=fastapi source=model shape=two_parsers_unsafe_used expected=true
from fastapi import FastAPI, Request
from lxml import etree
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00280")
def benchmark_test_00280(request: Request, item: Item):
    param = item.name
    bar = param
    lenient = etree.XMLParser(resolve_entities=True)
    strict = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(bar.encode("utf-8"), lenient)  # want: PY-XXE
    result = root.findtext("name") or str(strict)
    return {"result": str(result)}
