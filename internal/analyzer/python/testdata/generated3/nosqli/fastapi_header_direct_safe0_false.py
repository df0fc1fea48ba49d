# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=header propagation=direct sink=safe0 expected=false
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00082")
def benchmark_test_00082(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    docs = list(db.users.find({"name": {"$eq": str(bar)}}))
    result = len(docs)
    return {"result": str(result)}
