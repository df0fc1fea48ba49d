# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=paramnames propagation=thing_factory sink=v0 expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.route("/00069", methods=["GET", "POST"])
def benchmark_test_00069():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    thing = make_thing()
    bar = thing.do_something(param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=str(result))
