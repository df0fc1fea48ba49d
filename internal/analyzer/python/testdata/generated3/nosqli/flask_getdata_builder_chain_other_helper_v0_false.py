# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=getdata propagation=builder_chain_other (helper class) sink=v0 expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


@app.route("/00072", methods=["POST"])
def benchmark_test_00072():
    param = request.get_data(as_text=True)
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return jsonify(result=str(result))
