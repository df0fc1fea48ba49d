# NoSQL injection, safe: query-string, form and route values are strings
# (also read by subscript, or as FastAPI str parameters), which cannot
# carry MongoDB operators; equality on a string is a plain match.
from typing import List, Optional

from fastapi import FastAPI
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
api = FastAPI()
db = MongoClient()["shop"]


@app.route("/users")
def by_name():
    return str(db.users.find_one({"name": request.args["name"]}, {"_id": 0, "name": 1}) is not None)


@app.route("/users/<login>")
def by_login(login):
    return str(db.users.count_documents({"login": login}))


@api.get("/api/users")
def api_users(name: str, team: Optional[str] = None, tags: List[str] = []):
    return {"n": db.users.count_documents({"name": name, "team": team, "tags": {"$all": tags}})}
