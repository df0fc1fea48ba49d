# generated case: rule=PY-NOSQLI source=faquery propagation=ifconst_safebranch sink=v0 expected=false
from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["app"]


@app.get("/nosqli")
def handle_nosqli(p: str = ""):
    param = p
    num = 86
    if (7 * 42) - num > 200:
        bar = "This_should_always_happen"
    else:
        bar = param
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return {"result": result}
