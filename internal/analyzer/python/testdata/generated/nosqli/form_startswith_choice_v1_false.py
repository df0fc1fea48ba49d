# generated case: rule=PY-NOSQLI source=form propagation=startswith_choice sink=v1 expected=false
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli", methods=["POST"])
def handle_nosqli():
    param = request.form["p"]
    bar = "yes" if param.startswith("a") else "no"
    docs = list(db.users.find({"name": json.loads(bar)}))
    result = len(docs)
    return jsonify(result=result)
