# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=flask source=form shape=update_doc_json sink=specific expected=true
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00322", methods=["POST"])
def benchmark_test_00322():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    db.users.update_one({"name": "guest"}, json.loads(bar))  # want: PY-NOSQLI
    result = True
    return jsonify(result=str(result))
