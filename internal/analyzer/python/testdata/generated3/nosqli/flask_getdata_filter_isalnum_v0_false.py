# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=getdata propagation=filter_isalnum sink=v0 expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00071", methods=["POST"])
def benchmark_test_00071():
    param = request.get_data(as_text=True)
    bar = "".join(filter(str.isalnum, param))
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return jsonify(result=str(result))
