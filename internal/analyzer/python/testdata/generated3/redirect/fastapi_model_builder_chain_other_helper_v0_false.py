# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=model propagation=builder_chain_other (helper class) sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


@app.post("/00307")
def benchmark_test_00307(request: Request, item: Item):
    param = item.name
    bar = Test().do_something(request, param)
    return RedirectResponse(bar)
