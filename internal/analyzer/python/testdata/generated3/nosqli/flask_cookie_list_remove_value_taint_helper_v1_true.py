# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=cookie propagation=list_remove_value_taint (helper class) sink=v1 expected=true
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        values_list.remove(values_list[0])
        bar = values_list[0]
        return bar


@app.route("/00056", methods=["GET", "POST"])
def benchmark_test_00056():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return jsonify(result=str(result))
