# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=cookie propagation=passthrough (helper class) sink=strvalue expected=false
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00618")
def benchmark_test_00618(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"name": bar}))
    result = len(docs)
    return {"result": str(result)}
