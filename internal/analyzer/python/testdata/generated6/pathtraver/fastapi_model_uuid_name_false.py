# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=model shape=uuid_name sink=specific expected=false
import os
import uuid

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00366")
def benchmark_test_00366(request: Request, item: Item):
    param = item.name
    bar = param
    name = str(uuid.UUID(bar)) + ".json"
    with open(os.path.join(BASE_DIR, name)) as fh:
        result = len(fh.read())
    return {"result": str(result)}
