# NoSQLi FALSE: values cast to str() cannot carry query operators
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["auth"]["users"]


@app.route("/api/login", methods=["POST"])
def login():
    body = request.get_json()
    account = users.find_one({"username": str(body["username"]), "api_key": str(body["api_key"])})
    return jsonify(ok=account is not None)
