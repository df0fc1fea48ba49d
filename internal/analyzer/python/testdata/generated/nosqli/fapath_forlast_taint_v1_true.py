# generated case: rule=PY-NOSQLI source=fapath propagation=forlast_taint sink=v1 expected=true
import json

from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["app"]


@app.get("/nosqli/{p}")
def handle_nosqli(p: str):
    param = p
    for v in ["safe", param]:
        bar = v
    docs = list(db.users.find({"name": json.loads(bar)}))  # want: PY-NOSQLI
    result = len(docs)
    return {"result": result}
