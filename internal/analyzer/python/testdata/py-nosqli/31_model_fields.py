# py-nosqli: a pydantic field declared str holds text, never an operator
# dict; a field typed dict (or Any) can hold {"$ne": ""}.
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["shop"]


class NameQuery(BaseModel):
    name: str
    extra: dict
    raw: Any


@app.post("/users")
def users(q: NameQuery):
    by_name = list(db.users.find({"name": q.name}))  # safe: a string
    by_extra = list(db.users.find({"name": q.extra}))  # want: PY-NOSQLI
    by_raw = list(db.users.find({"name": q.raw}))  # want: PY-NOSQLI
    return {"n": len(by_name) + len(by_extra) + len(by_raw)}
