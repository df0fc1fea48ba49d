# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=flask source=values shape=operator_key_from_input sink=specific expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00328", methods=["GET", "POST"])
def benchmark_test_00328():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    docs = list(db.users.find({bar: "1"}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=str(result))
