# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=flask source=cookie shape=join_dict_values sink=v0 expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00213", methods=["GET", "POST"])
def benchmark_test_00213():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = ",".join({"x": param}.values())
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=str(result))
