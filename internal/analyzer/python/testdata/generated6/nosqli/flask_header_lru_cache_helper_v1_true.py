# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=flask source=header shape=lru_cache_helper sink=v1 expected=true
import functools
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@functools.lru_cache(maxsize=64)
def normalized(value):
    return value.strip()


@app.route("/00080", methods=["GET", "POST"])
def benchmark_test_00080():
    param = request.headers.get("Referer", "")
    bar = normalized(param)
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return jsonify(result=str(result))
