# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=fastapi source=cookie shape=while_drain_last sink=v2 expected=true
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.get("/case-00053")
def case_00053(request: Request):
    param = request.cookies.get("q", "none")
    queue = ["safe", param]
    bar = ""
    while queue:
        bar = queue.pop(0)
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return {"result": str(result)}
