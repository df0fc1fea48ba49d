# generated case: rule=PY-NOSQLI source=json propagation=dict_get_keyA sink=v1 expected=false
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli", methods=["POST"])
def handle_nosqli():
    param = request.get_json()["p"]
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.get("keyA", "")
    docs = list(db.users.find({"name": json.loads(bar)}))
    result = len(docs)
    return jsonify(result=result)
