# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams shape=cached_property_raw sink=v0 expected=true
from fastapi import FastAPI, Request
from functools import cached_property
from pymongo import MongoClient

app = FastAPI()
KINDS = {"a": "advanced", "b": "basic"}
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Lookup:
    def __init__(self, raw):
        self._raw = raw

    @cached_property
    def term(self):
        return self._raw.strip()

    @cached_property
    def kind(self):
        return KINDS.get(self._raw, "basic")


@app.get("/00041")
def benchmark_test_00041(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = Lookup(param).term
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return {"result": str(result)}
