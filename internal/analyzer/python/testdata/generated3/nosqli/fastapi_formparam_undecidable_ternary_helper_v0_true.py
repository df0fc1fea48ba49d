# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=formparam propagation=undecidable_ternary (helper class) sink=v0 expected=true
from fastapi import FastAPI, Form, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.post("/00068")
def benchmark_test_00068(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return {"result": str(result)}
