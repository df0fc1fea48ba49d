# generated case (gen8): category=nosqli rule=PY-NOSQLI fw=fastapi shape=fastapi_await_json_filter expected=true
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.post("/nosqli_fastapi_await_json_filter")
async def case_fastapi_await_json_filter(request: Request):
    body = await request.json()
    doc = db.users.find_one({"email": body["email"], "reset_code": body["code"]})  # want: PY-NOSQLI
    return {"ok": doc is not None}
