# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=form propagation=switch_char_safe sink=v1 expected=false
import json

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.post("/00059")
async def benchmark_test_00059(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return {"result": str(result)}
