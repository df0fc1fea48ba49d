# generated case: rule=PY-NOSQLI source=headers propagation=allowlist_abort sink=v0 expected=false
from flask import Flask, abort, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/nosqli")
def handle_nosqli():
    param = request.headers.get("X-P", "")
    bar = param
    if bar not in ALLOWED:
        abort(400)
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return jsonify(result=result)
