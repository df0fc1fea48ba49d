# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=pathparam propagation=direct sink=safe0 expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00064/<test_id>", methods=["GET", "POST"])
def benchmark_test_00064(test_id):
    param = test_id
    bar = param
    docs = list(db.users.find({"name": {"$eq": str(bar)}}))
    result = len(docs)
    return jsonify(result=str(result))
