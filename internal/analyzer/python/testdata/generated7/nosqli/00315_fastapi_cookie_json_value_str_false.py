# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=fastapi source=cookie shape=json_value_str sink=specific expected=false
import json

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.get("/case-00315")
def case_00315(request: Request):
    param = request.cookies.get("q", "none")
    bar = param
    data = json.loads(bar)
    docs = list(db.users.find({"name": str(data.get("name", ""))}))
    result = len(docs)
    return {"result": str(result)}
