# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=pathparam propagation=switch_char_taint (helper class) sink=v0 expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        guess = "ABC"
        switch_target = guess[2]
        if switch_target == "A":
            bar = "a_Value"
        elif switch_target == "B":
            bar = "bob"
        elif switch_target == "C" or switch_target == "D":
            bar = param
        else:
            bar = "bobs_your_uncle"
        return bar


@app.route("/00062/<test_id>", methods=["GET", "POST"])
def benchmark_test_00062(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=str(result))
