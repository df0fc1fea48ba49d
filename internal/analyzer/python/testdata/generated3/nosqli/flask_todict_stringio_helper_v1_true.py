# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=todict propagation=stringio (helper class) sink=v1 expected=true
import io
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.route("/00068", methods=["GET", "POST"])
def benchmark_test_00068():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return jsonify(result=str(result))
