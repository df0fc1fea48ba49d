# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=model propagation=builder_chain sink=v0 expected=true
import os

from fastapi import FastAPI, Request
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


@app.post("/00104")
def benchmark_test_00104(request: Request, item: Item):
    param = item.name
    bar = Builder().set_value(param).get_value()
    result = os.system("echo " + bar)  # want: PY-CMDI
    return {"result": str(result)}
