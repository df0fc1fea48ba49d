# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=todict propagation=allowlist_ternary sink=v1 expected=false
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00065", methods=["GET", "POST"])
def benchmark_test_00065():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param if param in ("alpha", "beta") else "alpha"
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return jsonify(result=str(result))
