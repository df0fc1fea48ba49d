# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=paramnames shape=pathlib_name sink=specific expected=false
import pathlib

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00391", methods=["GET", "POST"])
def benchmark_test_00391():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    target = pathlib.Path(BASE_DIR) / pathlib.Path(bar).name
    result = len(target.read_text())
    return jsonify(result=str(result))
