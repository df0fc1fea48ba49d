# generated case: rule=PY-NOSQLI source=args propagation=direct sink=find_one_json_body expected=true
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli")
def handle_nosqli():
    param = request.args.get("p", "")
    bar = param
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return jsonify(result=result)
