# generated case: rule=PY-NOSQLI source=faquery propagation=listinsert_idx0 sink=v0 expected=true
from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["app"]


@app.get("/nosqli")
def handle_nosqli(p: str = ""):
    param = p
    values = ["safe", "moresafe"]
    values.insert(0, param)
    bar = values[0]
    docs = list(db.users.find({"$where": "this.age > " + bar}))  # want: PY-NOSQLI
    result = len(docs)
    return {"result": result}
