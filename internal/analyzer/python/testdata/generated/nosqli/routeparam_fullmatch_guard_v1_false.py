# generated case: rule=PY-NOSQLI source=routeparam propagation=fullmatch_guard sink=v1 expected=false
import json
import re

from flask import Flask, abort, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli/<p>")
def handle_nosqli(p):
    param = p
    bar = param
    if not re.fullmatch(r"[a-z0-9]+", bar):
        abort(400)
    docs = list(db.users.find({"name": json.loads(bar)}))
    result = len(docs)
    return jsonify(result=result)
