# generated case: rule=PY-NOSQLI source=faquery propagation=direct sink=safe-api expected=false
from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["app"]


@app.get("/nosqli")
def handle_nosqli(p: str = ""):
    param = p
    bar = param
    docs = list(db.users.find({"name": {"$eq": str(bar)}}))
    result = len(docs)
    return {"result": result}
