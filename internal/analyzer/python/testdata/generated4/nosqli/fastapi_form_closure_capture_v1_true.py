# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=fastapi source=form shape=closure_capture sink=v1 expected=true
import json

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.post("/00212")
async def benchmark_test_00212(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    def pick():
        return param

    bar = pick()
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return {"result": str(result)}
