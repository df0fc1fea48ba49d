# generated case: rule=PY-NOSQLI source=fapath propagation=isdigit_guard sink=v1 expected=false
import json

from fastapi import FastAPI, HTTPException
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["app"]


@app.get("/nosqli/{p}")
def handle_nosqli(p: str):
    param = p
    bar = param
    if not bar.isdigit():
        raise HTTPException(status_code=400, detail="invalid")
    docs = list(db.users.find({"name": json.loads(bar)}))
    result = len(docs)
    return {"result": result}
