# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=model propagation=direct sink=safe2 expected=false
import yaml

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00542")
def benchmark_test_00542(request: Request, item: Item):
    param = item.name
    bar = param
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    result = type(obj).__name__
    return {"result": str(result)}
