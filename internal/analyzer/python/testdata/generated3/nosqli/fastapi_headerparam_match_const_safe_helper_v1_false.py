# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=headerparam propagation=match_const_safe (helper class) sink=v1 expected=false
import json

from fastapi import FastAPI, Header, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


@app.get("/00064")
def benchmark_test_00064(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return {"result": str(result)}
