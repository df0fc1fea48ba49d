# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=header propagation=ternary_fold_safe (helper class) sink=v0 expected=false
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        num = 106
        bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
        return bar


@app.get("/00046")
def benchmark_test_00046(request: Request):
    param = request.headers.get("referer", "")
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return {"result": str(result)}
