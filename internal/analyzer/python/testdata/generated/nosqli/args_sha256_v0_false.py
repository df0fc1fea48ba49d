# generated case: rule=PY-NOSQLI source=args propagation=sha256 sink=v0 expected=false
import hashlib

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli")
def handle_nosqli():
    param = request.args.get("p", "")
    bar = hashlib.sha256(param.encode("utf-8")).hexdigest()
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return jsonify(result=result)
