# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=header propagation=passthrough (helper class) sink=strvalue expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.route("/00610", methods=["GET", "POST"])
def benchmark_test_00610():
    param = request.headers.get("Referer", "")
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"name": bar}))
    result = len(docs)
    return jsonify(result=str(result))
