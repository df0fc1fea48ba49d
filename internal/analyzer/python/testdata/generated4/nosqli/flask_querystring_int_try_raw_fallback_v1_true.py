# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=flask source=querystring shape=int_try_raw_fallback sink=v1 expected=true
import json
import urllib.parse

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00170", methods=["GET", "POST"])
def benchmark_test_00170():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    try:
        bar = str(int(param))
    except ValueError:
        bar = param
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return jsonify(result=str(result))
