# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=fastapi source=model shape=yaml_base_loader expected=false
import yaml

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00406")
def benchmark_test_00406(request: Request, item: Item):
    param = item.name
    bar = param
    obj = yaml.load(bar, Loader=yaml.BaseLoader)
    result = type(obj).__name__
    return {"result": str(result)}
