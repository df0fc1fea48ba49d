# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=values propagation=join_builder_replaced sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00178", methods=["GET", "POST"])
def benchmark_test_00178():
    param = request.values.get("BenchmarkTest", "")
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
