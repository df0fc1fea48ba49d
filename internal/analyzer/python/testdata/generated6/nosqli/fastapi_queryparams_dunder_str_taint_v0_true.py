# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams shape=dunder_str_taint sink=v0 expected=true
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Wrapped:
    def __init__(self, value):
        self.value = value

    def __str__(self):
        return self.value


class Opaque(Wrapped):
    def __str__(self):
        return "wrapped"


@app.get("/00275")
def benchmark_test_00275(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = str(Wrapped(param))
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return {"result": str(result)}
