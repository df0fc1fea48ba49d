# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=todict propagation=int_conv (helper class) sink=v1 expected=false
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.route("/00066", methods=["GET", "POST"])
def benchmark_test_00066():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return jsonify(result=str(result))
