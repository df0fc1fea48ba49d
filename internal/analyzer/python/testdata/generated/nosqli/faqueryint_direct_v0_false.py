# generated case: rule=PY-NOSQLI source=faqueryint propagation=direct sink=v0 expected=false
from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["app"]


@app.get("/nosqli")
def handle_nosqli(p: int = 0):
    param = str(p)
    bar = param
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return {"result": result}
