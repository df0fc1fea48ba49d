# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams shape=instance_shadows_class_attr sink=v0 expected=false
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Settings:
    term = "default"


@app.get("/00025")
def benchmark_test_00025(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    s = Settings()
    s.term = param
    bar = Settings.term
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return {"result": str(result)}
