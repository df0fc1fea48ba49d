# generated case: rule=PY-NOSQLI source=json propagation=augmented sink=v1 expected=true
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli", methods=["POST"])
def handle_nosqli():
    param = request.get_json()["p"]
    bar = ""
    bar += param
    docs = list(db.users.find({"name": json.loads(bar)}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=result)
