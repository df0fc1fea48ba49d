# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=model propagation=try_int_fallback sink=v1 expected=false
import json

from fastapi import FastAPI, Request
from pydantic import BaseModel
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00073")
def benchmark_test_00073(request: Request, item: Item):
    param = item.name
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return {"result": str(result)}
