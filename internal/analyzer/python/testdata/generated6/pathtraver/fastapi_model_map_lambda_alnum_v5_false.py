# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=model shape=map_lambda_alnum sink=v5 expected=false
import os

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00156")
def benchmark_test_00156(request: Request, item: Item):
    param = item.name
    bar = "".join(map(lambda ch: ch if ch.isalnum() else "", param))
    full = os.path.join(BASE_DIR, bar)
    if not full.startswith(BASE_DIR):
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return {"result": str(result)}
