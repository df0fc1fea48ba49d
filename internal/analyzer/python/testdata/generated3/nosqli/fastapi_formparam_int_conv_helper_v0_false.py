# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=formparam propagation=int_conv (helper class) sink=v0 expected=false
from fastapi import FastAPI, Form, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.post("/00070")
def benchmark_test_00070(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return {"result": str(result)}
