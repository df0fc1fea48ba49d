# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=model propagation=direct sink=safe1 expected=false
import os
import shlex

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00117")
def benchmark_test_00117(request: Request, item: Item):
    param = item.name
    bar = param
    result = os.system("echo " + shlex.quote(bar))
    return {"result": str(result)}
