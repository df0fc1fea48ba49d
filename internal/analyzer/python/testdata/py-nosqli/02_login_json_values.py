# NoSQLi: login filter built from JSON values that can be objects ({"$ne": null}) -> auth bypass
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["auth"]["users"]


@app.route("/api/login", methods=["POST"])
def login():
    body = request.json
    query = {"username": body["username"], "api_key": body["api_key"]}
    account = users.find_one(query)  # want: PY-NOSQLI
    if account is None:
        return jsonify(ok=False), 401
    return jsonify(ok=True, id=str(account["_id"]))
