# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=pathparam propagation=match_const_safe (helper class) sink=v0 expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


@app.route("/00060/<test_id>", methods=["GET", "POST"])
def benchmark_test_00060(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return jsonify(result=str(result))
