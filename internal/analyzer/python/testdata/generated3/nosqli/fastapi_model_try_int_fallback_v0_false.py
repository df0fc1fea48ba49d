# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=model propagation=try_int_fallback sink=v0 expected=false
from fastapi import FastAPI, Request
from pydantic import BaseModel
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00079")
def benchmark_test_00079(request: Request, item: Item):
    param = item.name
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return {"result": str(result)}
