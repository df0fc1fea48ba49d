# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=model propagation=passthrough (helper class) sink=safe0 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.post("/00320")
def benchmark_test_00320(request: Request, item: Item):
    param = item.name
    bar = Test().do_something(request, param)
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
