# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=headernames propagation=regex_guard_reassign (helper class) sink=v1 expected=false
import json
import re

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.get("/00074")
def benchmark_test_00074(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return {"result": str(result)}
