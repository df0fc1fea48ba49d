# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=getlist propagation=ternary_fold_taint sink=v0 expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00047", methods=["GET", "POST"])
def benchmark_test_00047():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=str(result))
