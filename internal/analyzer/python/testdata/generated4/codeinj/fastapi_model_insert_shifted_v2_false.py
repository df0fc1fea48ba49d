# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=model shape=insert_shifted sink=v2 expected=false
from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00104")
def benchmark_test_00104(request: Request, item: Item):
    param = item.name
    items = ["a", "b"]
    items.insert(0, param)
    bar = items[2]
    result = eval(compile(bar, "<benchmark>", "eval"))
    return {"result": str(result)}
