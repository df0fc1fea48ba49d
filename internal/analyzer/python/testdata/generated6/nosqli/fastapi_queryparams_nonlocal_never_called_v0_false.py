# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams shape=nonlocal_never_called sink=v0 expected=false
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


def outer_set(value):
    result = "safe"

    def set_it():
        nonlocal result
        result = value

    set_it()
    return result


def outer_unset(value):
    result = "safe"

    def set_it():
        nonlocal result
        result = value

    return result


@app.get("/00259")
def benchmark_test_00259(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = outer_unset(param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return {"result": str(result)}
