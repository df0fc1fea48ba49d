# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams shape=count_documents_json sink=specific expected=true
import json

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00327")
def benchmark_test_00327(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    n = db.users.count_documents(json.loads(bar))  # want: PY-NOSQLI
    result = n
    return {"result": str(result)}
