# generated case: rule=PY-NOSQLI source=routeparam propagation=tupleunpack_first sink=v1 expected=false
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli/<p>")
def handle_nosqli(p):
    param = p
    bar, _other = "safe", param
    docs = list(db.users.find({"name": json.loads(bar)}))
    result = len(docs)
    return jsonify(result=result)
