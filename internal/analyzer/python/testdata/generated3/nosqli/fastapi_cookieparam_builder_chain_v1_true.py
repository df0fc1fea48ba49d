# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=cookieparam propagation=builder_chain sink=v1 expected=true
import json

from fastapi import FastAPI, Cookie, Request
from pymongo import MongoClient

app = FastAPI()
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


@app.get("/00071")
def benchmark_test_00071(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = Builder().set_value(param).get_value()
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return {"result": str(result)}
