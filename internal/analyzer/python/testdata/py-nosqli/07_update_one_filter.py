# NoSQLi: update_one filter comes from the JSON body, so one request can update any matching document
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
profiles = MongoClient()["app"]["profiles"]


@app.route("/profile/nickname", methods=["POST"])
def set_nickname():
    data = request.get_json()
    owner = data["owner"]
    profiles.update_one({"owner": owner}, {"$set": {"nickname": str(data["nickname"])}})  # want: PY-NOSQLI
    return jsonify(ok=True)
