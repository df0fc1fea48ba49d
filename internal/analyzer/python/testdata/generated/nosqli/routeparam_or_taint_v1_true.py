# generated case: rule=PY-NOSQLI source=routeparam propagation=or_taint sink=v1 expected=true
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli/<p>")
def handle_nosqli(p):
    param = p
    bar = param or "safe"
    docs = list(db.users.find({"name": json.loads(bar)}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=result)
