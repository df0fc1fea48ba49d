# generated case: rule=PY-NOSQLI source=fapath propagation=ifconst_taintbranch sink=v1 expected=true
import json

from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["app"]


@app.get("/nosqli/{p}")
def handle_nosqli(p: str):
    param = p
    num = 86
    if (7 * 42) - num < 200:
        bar = "This should never happen"
    else:
        bar = param
    docs = list(db.users.find({"name": json.loads(bar)}))  # want: PY-NOSQLI
    result = len(docs)
    return {"result": result}
