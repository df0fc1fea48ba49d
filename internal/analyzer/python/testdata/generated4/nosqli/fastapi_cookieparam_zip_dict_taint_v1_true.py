# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=fastapi source=cookieparam shape=zip_dict_taint sink=v1 expected=true
import json

from fastapi import FastAPI, Cookie, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00120")
def benchmark_test_00120(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    fields = dict(zip(["a", "b"], ["safe", param]))
    bar = fields["b"]
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return {"result": str(result)}
