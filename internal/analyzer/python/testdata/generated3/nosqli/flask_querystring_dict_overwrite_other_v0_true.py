# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=querystring propagation=dict_overwrite_other sink=v0 expected=true
import urllib.parse

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00059", methods=["GET", "POST"])
def benchmark_test_00059():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyA-55"] = "overwritten"
    bar = m["keyB-55"]
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=str(result))
