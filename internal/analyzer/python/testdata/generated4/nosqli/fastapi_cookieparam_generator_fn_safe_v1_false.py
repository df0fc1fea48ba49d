# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=fastapi source=cookieparam shape=generator_fn_safe sink=v1 expected=false
import json

from fastapi import FastAPI, Cookie, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


def pieces(value):
    yield "safe"
    yield value


@app.get("/00246")
def benchmark_test_00246(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = list(pieces(param))[0]
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return {"result": str(result)}
