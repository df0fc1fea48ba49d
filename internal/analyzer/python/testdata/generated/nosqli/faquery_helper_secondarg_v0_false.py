# generated case: rule=PY-NOSQLI source=faquery propagation=helper_secondarg sink=v0 expected=false
from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["app"]


def pick(first, second):
    return first


@app.get("/nosqli")
def handle_nosqli(p: str = ""):
    param = p
    bar = pick("fixed", param)
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return {"result": result}
