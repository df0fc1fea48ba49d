# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=args propagation=direct sink=safe0 expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00080", methods=["GET", "POST"])
def benchmark_test_00080():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    docs = list(db.users.find({"name": {"$eq": str(bar)}}))
    result = len(docs)
    return jsonify(result=str(result))
