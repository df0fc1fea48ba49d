# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=json propagation=filter_isalnum sink=v1 expected=false
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00077", methods=["POST"])
def benchmark_test_00077():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = "".join(filter(str.isalnum, param))
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return jsonify(result=str(result))
