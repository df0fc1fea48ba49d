# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=querystring propagation=dict_get_default_safe sink=v0 expected=false
import urllib.parse

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00057", methods=["GET", "POST"])
def benchmark_test_00057():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return jsonify(result=str(result))
