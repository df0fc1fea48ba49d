# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=model shape=kwargs_used sink=v2 expected=true
from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


def build(**opts):
    return opts.get("term", "")


@app.post("/00230")
def benchmark_test_00230(request: Request, item: Item):
    param = item.name
    bar = build(term=param)
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}
