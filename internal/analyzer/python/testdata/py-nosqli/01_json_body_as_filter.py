# NoSQLi: the whole JSON body is used as a pymongo find_one filter (operators like $ne pass through)
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://mongo:27017")["shop"]


@app.route("/api/users/find", methods=["POST"])
def find_user():
    user = db.users.find_one(request.get_json())  # want: PY-NOSQLI
    return jsonify({"username": user["username"]} if user else {})
