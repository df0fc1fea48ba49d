# NoSQL injection: a filter decoded from the query string, and a FastAPI
# body typed dict, can hold operators ({"$ne": null}).
import json

from fastapi import Body, FastAPI
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
api = FastAPI()
db = MongoClient()["shop"]


@app.route("/search")
def search():
    query = json.loads(request.args["q"])
    return str(db.products.count_documents(query))  # want: PY-NOSQLI


@api.post("/api/teams/find")
def api_find_team(spec: dict = Body(...)):
    team = db.teams.find_one({"name": spec.get("name"), "region": spec.get("region")})  # want: PY-NOSQLI
    return {"found": team is not None}
