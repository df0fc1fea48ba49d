# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=querystring propagation=list_del_safe sink=v0 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00055")
def benchmark_test_00055(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    values_list = ["safe", param, "moresafe"]
    del values_list[1]
    bar = values_list[1]
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return {"result": str(result)}
