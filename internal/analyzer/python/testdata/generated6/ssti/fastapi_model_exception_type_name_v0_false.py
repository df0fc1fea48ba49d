# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=fastapi source=model shape=exception_type_name sink=v0 expected=false
import jinja2

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00255")
def benchmark_test_00255(request: Request, item: Item):
    param = item.name
    try:
        raise ValueError(param)
    except ValueError as exc:
        bar = type(exc).__name__
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
