# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=header propagation=if_fold_mod_safe (helper class) sink=v0 expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        if (7 * 18) % 5 == 1:
            bar = "This_should_always_happen"
        else:
            bar = param
        return bar


@app.route("/00050", methods=["GET", "POST"])
def benchmark_test_00050():
    param = request.headers.get("Referer", "")
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return jsonify(result=str(result))
