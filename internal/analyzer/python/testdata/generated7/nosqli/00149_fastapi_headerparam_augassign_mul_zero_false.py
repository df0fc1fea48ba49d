# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=fastapi source=headerparam shape=augassign_mul_zero sink=v2 expected=false
from fastapi import FastAPI, Header, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.get("/case-00149")
def case_00149(request: Request, x_query: str = Header("")):
    param = x_query
    bar = param
    bar *= 0
    bar += "safe"
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return {"result": str(result)}
