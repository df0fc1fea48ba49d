# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams shape=enumerate_pick_safe sink=v2 expected=false
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.get("/case-00125")
def case_00125(request: Request):
    param = request.query_params.get("q", "")
    bar = "safe"
    for i, v in enumerate(["a", param, "b"]):
        if i == 2:
            bar = v
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return {"result": str(result)}
