# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=paramnames propagation=direct sink=safe0 expected=false
import defusedxml.ElementTree as DefusedET

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00396", methods=["GET", "POST"])
def benchmark_test_00396():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    root = DefusedET.fromstring(bar)
    result = root.findtext("name")
    return jsonify(result=str(result))
