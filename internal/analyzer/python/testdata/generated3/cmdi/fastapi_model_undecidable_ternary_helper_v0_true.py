# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=model propagation=undecidable_ternary (helper class) sink=v0 expected=true
import os

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.post("/00110")
def benchmark_test_00110(request: Request, item: Item):
    param = item.name
    bar = Test().do_something(request, param)
    result = os.system("echo " + bar)  # want: PY-CMDI
    return {"result": str(result)}
