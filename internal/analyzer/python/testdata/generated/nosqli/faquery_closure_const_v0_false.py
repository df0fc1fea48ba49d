# generated case: rule=PY-NOSQLI source=faquery propagation=closure_const sink=v0 expected=false
from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["app"]


@app.get("/nosqli")
def handle_nosqli(p: str = ""):
    param = p
    def inner(v):
        return "safe"
    bar = inner(param)
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return {"result": result}
