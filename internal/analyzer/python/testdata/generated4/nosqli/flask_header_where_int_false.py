# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=flask source=header shape=where_int sink=specific expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00331", methods=["GET", "POST"])
def benchmark_test_00331():
    param = request.headers.get("Referer", "")
    bar = param
    limit = int(bar)
    docs = list(db.users.find({"$where": f"this.age > {limit}"}))
    result = len(docs)
    return jsonify(result=str(result))
