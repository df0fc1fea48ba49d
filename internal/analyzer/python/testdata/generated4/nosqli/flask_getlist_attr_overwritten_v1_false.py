# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=flask source=getlist shape=attr_overwritten sink=v1 expected=false
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Box:
    def __init__(self):
        self.content = "default"

    def read(self):
        return self.content


@app.route("/00010", methods=["GET", "POST"])
def benchmark_test_00010():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    box = Box()
    box.content = param
    box.content = "reset"
    bar = box.read()
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return jsonify(result=str(result))
