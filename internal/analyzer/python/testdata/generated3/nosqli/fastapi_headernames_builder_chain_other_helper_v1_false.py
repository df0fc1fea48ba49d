# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=headernames propagation=builder_chain_other (helper class) sink=v1 expected=false
import json

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


@app.get("/00076")
def benchmark_test_00076(request: Request):
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
