# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=flask source=values shape=where_fstring sink=specific expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00329", methods=["GET", "POST"])
def benchmark_test_00329():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    docs = list(db.users.find({"$where": f"this.age > {bar}"}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=str(result))
