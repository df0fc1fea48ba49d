# generated case: rule=PY-NOSQLI source=form propagation=guard_then_reassign sink=v1 expected=true
import json

from flask import Flask, abort, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/nosqli", methods=["POST"])
def handle_nosqli():
    param = request.form["p"]
    bar = param
    if bar not in ALLOWED:
        abort(400)
    bar = param + "-v2"
    docs = list(db.users.find({"name": json.loads(bar)}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=result)
