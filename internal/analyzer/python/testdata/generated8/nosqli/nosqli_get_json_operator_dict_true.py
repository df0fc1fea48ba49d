# generated case (gen8): category=nosqli rule=PY-NOSQLI fw=flask shape=get_json_operator_dict expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.route("/nosqli_get_json_operator_dict", methods=["POST"])
def case_get_json_operator_dict():
    body = request.get_json(force=True)
    user = db.users.find_one({"username": body.get("username"), "password": body.get("password")})  # want: PY-NOSQLI
    return jsonify(ok=user is not None)
