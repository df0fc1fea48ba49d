# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=flask source=header shape=reduce_concat sink=v1 expected=true
import functools
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00240", methods=["GET", "POST"])
def benchmark_test_00240():
    param = request.headers.get("Referer", "")
    bar = functools.reduce(lambda acc, s: acc + s, ["a-", param], "")
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return jsonify(result=str(result))
