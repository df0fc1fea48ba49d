# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=formlist propagation=join_builder_replaced sink=v1 expected=false
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00063", methods=["POST"])
def benchmark_test_00063():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return jsonify(result=str(result))
