# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=flask source=args shape=nullcontext_value sink=v1 expected=true
import contextlib
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00096", methods=["GET", "POST"])
def benchmark_test_00096():
    param = request.args.get("BenchmarkTest", "")
    with contextlib.nullcontext(param) as v:
        bar = v
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return jsonify(result=str(result))
