# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=formparam propagation=thing_factory sink=v0 expected=true
from fastapi import FastAPI, Form, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.post("/00067")
def benchmark_test_00067(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    thing = make_thing()
    bar = thing.do_something(param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return {"result": str(result)}
