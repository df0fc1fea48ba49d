# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=cookie propagation=direct sink=strvalue expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00611", methods=["GET", "POST"])
def benchmark_test_00611():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    docs = list(db.users.find({"name": bar}))
    result = len(docs)
    return jsonify(result=str(result))
