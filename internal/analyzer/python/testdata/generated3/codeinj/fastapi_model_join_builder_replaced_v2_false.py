# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=model propagation=join_builder_replaced sink=v2 expected=false
from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00142")
def benchmark_test_00142(request: Request, item: Item):
    param = item.name
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    result = eval(compile(bar, "<benchmark>", "eval"))
    return {"result": str(result)}
