# generated case (gen8): category=nosqli rule=PY-NOSQLI fw=flask shape=isinstance_str_guard expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.route("/nosqli_isinstance_str_guard", methods=["POST"])
def case_isinstance_str_guard():
    body = request.get_json(force=True) or {}
    username = body.get("username")
    if not isinstance(username, str):
        return jsonify(error="bad input"), 400
    user = db.users.find_one({"username": username})
    return jsonify(ok=user is not None)
