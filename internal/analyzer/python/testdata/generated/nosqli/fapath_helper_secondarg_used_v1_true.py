# generated case: rule=PY-NOSQLI source=fapath propagation=helper_secondarg_used sink=v1 expected=true
import json

from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["app"]


def pick(first, second):
    return second


@app.get("/nosqli/{p}")
def handle_nosqli(p: str):
    param = p
    bar = pick("fixed", param)
    docs = list(db.users.find({"name": json.loads(bar)}))  # want: PY-NOSQLI
    result = len(docs)
    return {"result": result}
