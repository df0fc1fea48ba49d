# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=fastapi source=cookieparam shape=guard_isalnum sink=v1 expected=false
import json

from fastapi import FastAPI, Cookie, HTTPException, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00160")
def benchmark_test_00160(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    if not param.isalnum():
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return {"result": str(result)}
