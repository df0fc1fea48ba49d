# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=fastapi source=queryparams shape=where_startswith sink=specific expected=true
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.get("/case-00318")
async def case_00318(request: Request):
    param = request.query_params.get("q", "")
    bar = param
    docs = list(db.users.find({"$where": "this.name.startsWith('" + bar + "')"}))  # want: PY-NOSQLI
    result = len(docs)
    return {"result": str(result)}
