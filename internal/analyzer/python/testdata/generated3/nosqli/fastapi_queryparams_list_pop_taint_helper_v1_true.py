# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams propagation=list_pop_taint (helper class) sink=v1 expected=true
import json

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        values_list = []
        values_list.append("safe")
        values_list.append(param)
        values_list.append("moresafe")
        values_list.pop(0)
        bar = values_list[0]
        return bar


@app.get("/00052")
def benchmark_test_00052(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return {"result": str(result)}
