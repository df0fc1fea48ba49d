# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=paramnames propagation=direct sink=safe2 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00203", methods=["GET", "POST"])
def benchmark_test_00203():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    full = os.path.realpath(os.path.join(BASE_DIR, bar))
    if not full.startswith(BASE_DIR):
        full = os.path.join(BASE_DIR, "index.txt")
    with open(full) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
