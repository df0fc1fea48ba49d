# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=flask source=args shape=json_str_coerced sink=specific expected=false
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00335", methods=["GET", "POST"])
def benchmark_test_00335():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    name = str(json.loads(bar).get("name", ""))
    doc = db.users.find_one({"name": name})
    result = doc is not None
    return jsonify(result=str(result))
