# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams shape=store_describe sink=v2 expected=false
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["shop"]


class RequestStore:
    def __init__(self):
        self.items = {}

    def put(self, key, value):
        self.items[key] = value

    def fetch(self, key):
        return self.items.get(key, "")

    def describe(self):
        return "items: %d" % len(self.items)


@app.get("/case-00005")
def case_00005(request: Request):
    param = request.query_params.get("q", "")
    store = RequestStore()
    store.put("term", param)
    bar = store.describe()
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return {"result": str(result)}
