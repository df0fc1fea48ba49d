# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=fastapi source=model shape=suppress_int_default sink=v0 expected=false
import contextlib
import jinja2

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00097")
def benchmark_test_00097(request: Request, item: Item):
    param = item.name
    bar = "0"
    with contextlib.suppress(ValueError):
        bar = str(int(param))
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
