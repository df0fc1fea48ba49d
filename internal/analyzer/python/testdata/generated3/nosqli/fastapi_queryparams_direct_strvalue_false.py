# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams propagation=direct sink=strvalue expected=false
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00619")
def benchmark_test_00619(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    docs = list(db.users.find({"name": bar}))
    result = len(docs)
    return {"result": str(result)}
