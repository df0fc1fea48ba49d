# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=flask source=cookie shape=str_of_json sink=specific expected=false
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00475", methods=["GET", "POST"])
def benchmark_test_00475():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    doc = db.users.find_one({"name": str(json.loads(bar))})
    result = doc is not None
    return jsonify(result=str(result))
