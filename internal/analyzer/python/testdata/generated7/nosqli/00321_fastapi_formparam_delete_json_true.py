# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=fastapi source=formparam shape=delete_json sink=specific expected=true
import json

from fastapi import FastAPI, Form, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.post("/case-00321")
def case_00321(request: Request, q: str = Form("")):
    param = q
    bar = param
    res = db.carts.delete_many(json.loads(bar))  # want: PY-NOSQLI
    result = res.deleted_count
    return {"result": str(result)}
