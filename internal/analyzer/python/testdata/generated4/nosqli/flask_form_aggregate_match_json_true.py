# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=flask source=form shape=aggregate_match_json sink=specific expected=true
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00327", methods=["POST"])
def benchmark_test_00327():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    docs = list(db.users.aggregate([{"$match": json.loads(bar)}]))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=str(result))
