# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=fastapi source=model shape=tornado_context sink=specific expected=false
import tornado.template

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00399")
def benchmark_test_00399(request: Request, item: Item):
    param = item.name
    bar = param
    result = tornado.template.Template("<p>{{ name }}</p>").generate(name=bar)
    return {"result": str(result)}
