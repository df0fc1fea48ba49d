# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=fastapi source=model shape=fstring_len sink=v1 expected=false
import jinja2

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00196")
def benchmark_test_00196(request: Request, item: Item):
    param = item.name
    bar = f"{len(param)}"
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
