# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=flask source=args shape=int_value sink=specific expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00325", methods=["GET", "POST"])
def benchmark_test_00325():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    doc = db.users.find_one({"age": int(bar)})
    result = doc is not None
    return jsonify(result=str(result))
