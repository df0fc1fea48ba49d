# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=form propagation=dict_get_default_safe sink=v1 expected=false
import json

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.post("/00061")
async def benchmark_test_00061(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return {"result": str(result)}
