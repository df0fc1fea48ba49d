# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=values shape=dict_get_default_taint sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00071", methods=["GET", "POST"])
def benchmark_test_00071():
    param = request.values.get("BenchmarkTest", "")
    options = {"mode": "basic"}
    bar = options.get("term", param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
