# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=fastapi source=cookie shape=allowlist_get_const sink=v1 expected=false
import json

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00178")
def benchmark_test_00178(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = CHOICES.get(param, "alpha")
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return {"result": str(result)}
