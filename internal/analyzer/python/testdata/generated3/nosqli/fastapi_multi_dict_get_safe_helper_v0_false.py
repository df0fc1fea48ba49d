# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=multi propagation=dict_get_safe (helper class) sink=v0 expected=false
from fastapi import FastAPI, Query, Request
from pymongo import MongoClient
from typing import List

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


@app.get("/00058")
def benchmark_test_00058(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return {"result": str(result)}
