# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams shape=all_split_strings sink=specific expected=false
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00474")
def benchmark_test_00474(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    docs = list(db.users.find({"tags": {"$all": bar.split(",")}}))
    result = len(docs)
    return {"result": str(result)}
