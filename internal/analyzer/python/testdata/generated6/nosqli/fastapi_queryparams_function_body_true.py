# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams shape=function_body sink=specific expected=true
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00321")
def benchmark_test_00321(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    docs = list(db.users.aggregate([{"$match": {"$expr": {"$function": {"body": bar, "args": ["$name"], "lang": "js"}}}}]))  # want: PY-NOSQLI
    result = len(docs)
    return {"result": str(result)}
