# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=flask source=cookie shape=json_value_in_filter sink=specific expected=true
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00323", methods=["GET", "POST"])
def benchmark_test_00323():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    doc = db.users.find_one({"name": json.loads(bar)})  # want: PY-NOSQLI
    result = doc is not None
    return jsonify(result=str(result))
