# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=flask source=cookie shape=query_update_json sink=specific expected=true
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00325", methods=["GET", "POST"])
def benchmark_test_00325():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    query = {"active": True}
    query.update(json.loads(bar))
    docs = list(db.users.find(query))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=str(result))
