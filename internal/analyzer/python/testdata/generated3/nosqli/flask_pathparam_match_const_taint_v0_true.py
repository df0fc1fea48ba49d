# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=pathparam propagation=match_const_taint sink=v0 expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00059/<test_id>", methods=["GET", "POST"])
def benchmark_test_00059(test_id):
    param = test_id
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=str(result))
