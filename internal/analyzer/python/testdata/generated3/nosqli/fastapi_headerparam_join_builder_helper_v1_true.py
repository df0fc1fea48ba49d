# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=headerparam propagation=join_builder (helper class) sink=v1 expected=true
import json

from fastapi import FastAPI, Header, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.get("/00062")
def benchmark_test_00062(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return {"result": str(result)}
