# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=formlist propagation=match_const_taint sink=v1 expected=true
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00065", methods=["POST"])
def benchmark_test_00065():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return jsonify(result=str(result))
