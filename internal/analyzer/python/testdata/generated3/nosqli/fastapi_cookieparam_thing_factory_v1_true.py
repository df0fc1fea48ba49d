# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=cookieparam propagation=thing_factory sink=v1 expected=true
import json

from fastapi import FastAPI, Cookie, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.get("/00073")
def benchmark_test_00073(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    thing = make_thing()
    bar = thing.do_something(param)
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return {"result": str(result)}
