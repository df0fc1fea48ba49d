# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams shape=dictcomp_json_filter sink=specific expected=true
import json

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00318")
def benchmark_test_00318(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    filt = {k: v for k, v in json.loads(bar).items() if k in ("name", "city")}
    docs = list(db.users.find(filt))  # want: PY-NOSQLI
    result = len(docs)
    return {"result": str(result)}
