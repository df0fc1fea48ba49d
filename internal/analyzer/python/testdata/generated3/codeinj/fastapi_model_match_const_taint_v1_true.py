# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=model propagation=match_const_taint sink=v1 expected=true
from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00136")
def benchmark_test_00136(request: Request, item: Item):
    param = item.name
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return {"result": str(result)}
