# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=model propagation=match_const_taint sink=v2 expected=true
from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00148")
def benchmark_test_00148(request: Request, item: Item):
    param = item.name
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}
