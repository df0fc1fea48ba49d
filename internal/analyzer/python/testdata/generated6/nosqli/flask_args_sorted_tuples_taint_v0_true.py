# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=flask source=args shape=sorted_tuples_taint sink=v0 expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00181", methods=["GET", "POST"])
def benchmark_test_00181():
    param = request.args.get("BenchmarkTest", "")
    ranked = sorted([("b", param), ("a", "safe")])
    bar = ranked[1][1]
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=str(result))
