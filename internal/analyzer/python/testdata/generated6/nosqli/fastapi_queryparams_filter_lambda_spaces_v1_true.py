# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams shape=filter_lambda_spaces sink=v1 expected=true
import json

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00158")
def benchmark_test_00158(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = "".join(filter(lambda ch: ch != " ", param))
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return {"result": str(result)}
