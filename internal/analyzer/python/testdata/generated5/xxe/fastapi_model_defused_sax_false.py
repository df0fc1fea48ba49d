# generated case (gen_cases5): category=xxe rule=PY-XXE fw=fastapi source=model shape=defused_sax expected=false
import defusedxml.sax
import xml.sax

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00306")
def benchmark_test_00306(request: Request, item: Item):
    param = item.name
    bar = param
    handler = xml.sax.ContentHandler()
    defusedxml.sax.parseString(bar.encode("utf-8"), handler)
    result = True
    return {"result": str(result)}
