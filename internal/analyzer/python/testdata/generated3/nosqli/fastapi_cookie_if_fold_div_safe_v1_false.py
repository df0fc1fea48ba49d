# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=cookie propagation=if_fold_div_safe sink=v1 expected=false
import json

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00049")
def benchmark_test_00049(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    num = 86
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return {"result": str(result)}
