# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=fastapi source=headerparam propagation=join_builder_replaced sink=v1 expected=false
import json

from fastapi import FastAPI, Header, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.get("/00061")
def benchmark_test_00061(request: Request, referer: str = Header("")):
    param = referer
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return {"result": str(result)}
