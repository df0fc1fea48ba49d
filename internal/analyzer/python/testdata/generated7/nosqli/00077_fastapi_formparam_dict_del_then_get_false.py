# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=fastapi source=formparam shape=dict_del_then_get sink=v2 expected=false
from fastapi import FastAPI, Form, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.post("/case-00077")
def case_00077(request: Request, q: str = Form("")):
    param = q
    d = {"q": param, "m": "x"}
    del d["q"]
    bar = d.get("q", "none")
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return {"result": str(result)}
