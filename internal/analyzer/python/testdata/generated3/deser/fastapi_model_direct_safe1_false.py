# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=model propagation=direct sink=safe1 expected=false
import json

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00567")
def benchmark_test_00567(request: Request, item: Item):
    param = item.name
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return {"result": str(result)}
