# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=getdata propagation=split_first (helper class) sink=v0 expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.route("/00074", methods=["POST"])
def benchmark_test_00074():
    param = request.get_data(as_text=True)
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=str(result))
