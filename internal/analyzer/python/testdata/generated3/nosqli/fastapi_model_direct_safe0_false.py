# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=model propagation=direct sink=safe0 expected=false
from fastapi import FastAPI, Request
from pydantic import BaseModel
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00076")
def benchmark_test_00076(request: Request, item: Item):
    param = item.name
    bar = param
    docs = list(db.users.find({"name": {"$eq": str(bar)}}))
    result = len(docs)
    return {"result": str(result)}
