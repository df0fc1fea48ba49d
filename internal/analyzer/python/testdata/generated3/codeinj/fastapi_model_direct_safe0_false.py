# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=model propagation=direct sink=safe0 expected=false
import ast

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00153")
def benchmark_test_00153(request: Request, item: Item):
    param = item.name
    bar = param
    result = ast.literal_eval(bar)
    return {"result": str(result)}
