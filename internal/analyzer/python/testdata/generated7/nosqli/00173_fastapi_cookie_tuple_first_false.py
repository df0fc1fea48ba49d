# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=fastapi source=cookie shape=tuple_first sink=v2 expected=false
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["shop"]


def split_pair(value):
    return "static", value


@app.get("/case-00173")
def case_00173(request: Request):
    param = request.cookies.get("q", "none")
    bar, data = split_pair(param)
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return {"result": str(result)}
