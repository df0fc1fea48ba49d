# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=headernames propagation=try_int_fallback sink=v1 expected=false
import json

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00073")
def benchmark_test_00073(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return {"result": str(result)}
