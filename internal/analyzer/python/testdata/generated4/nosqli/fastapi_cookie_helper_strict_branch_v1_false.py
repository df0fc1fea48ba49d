# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=fastapi source=cookie shape=helper_strict_branch sink=v1 expected=false
import json
import re

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


def normalize(value, strict=False):
    if strict:
        return re.sub(r"[^A-Za-z0-9]", "", value)
    return value.strip()


@app.get("/00052")
def benchmark_test_00052(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = normalize(param, strict=True)
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return {"result": str(result)}
