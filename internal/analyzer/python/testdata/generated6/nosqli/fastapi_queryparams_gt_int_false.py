# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams shape=gt_int sink=specific expected=false
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00324")
def benchmark_test_00324(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    docs = list(db.users.find({"age": {"$gt": int(bar)}}))
    result = len(docs)
    return {"result": str(result)}
