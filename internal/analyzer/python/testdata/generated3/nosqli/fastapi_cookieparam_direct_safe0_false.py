# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=cookieparam propagation=direct sink=safe0 expected=false
from fastapi import FastAPI, Cookie, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00066")
def benchmark_test_00066(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    docs = list(db.users.find({"name": {"$eq": str(bar)}}))
    result = len(docs)
    return {"result": str(result)}
