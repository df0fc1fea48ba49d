# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=paramnames shape=yaml_unsafe_loader sink=specific expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00511", methods=["GET", "POST"])
def benchmark_test_00511():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    obj = yaml.load(bar, Loader=yaml.UnsafeLoader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
