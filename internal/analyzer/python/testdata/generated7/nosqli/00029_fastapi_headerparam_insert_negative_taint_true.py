# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=fastapi source=headerparam shape=insert_negative_taint sink=v2 expected=true
from fastapi import FastAPI, Header, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.get("/case-00029")
def case_00029(request: Request, x_query: str = Header("")):
    param = x_query
    items = ["a", "b"]
    items.insert(-1, param)
    bar = items[1]
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return {"result": str(result)}
