# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=paramnames propagation=join_builder_replaced sink=v0 expected=false
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00067")
def benchmark_test_00067(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return {"result": str(result)}
