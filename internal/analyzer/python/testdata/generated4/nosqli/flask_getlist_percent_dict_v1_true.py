# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=flask source=getlist shape=percent_dict sink=v1 expected=true
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00136", methods=["GET", "POST"])
def benchmark_test_00136():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = "%(term)s" % {"term": param}
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return jsonify(result=str(result))
