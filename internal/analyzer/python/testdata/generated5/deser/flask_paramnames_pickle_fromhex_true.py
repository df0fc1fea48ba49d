# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=flask source=paramnames shape=pickle_fromhex expected=true
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00375", methods=["GET", "POST"])
def benchmark_test_00375():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    obj = pickle.loads(bytes.fromhex(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
