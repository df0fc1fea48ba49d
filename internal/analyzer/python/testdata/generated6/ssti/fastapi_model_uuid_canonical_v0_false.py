# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=fastapi source=model shape=uuid_canonical sink=v0 expected=false
import jinja2
import uuid

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00295")
def benchmark_test_00295(request: Request, item: Item):
    param = item.name
    bar = str(uuid.UUID(param))
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
