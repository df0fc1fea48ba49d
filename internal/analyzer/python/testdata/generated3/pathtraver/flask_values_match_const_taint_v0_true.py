# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=values propagation=match_const_taint sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00186", methods=["GET", "POST"])
def benchmark_test_00186():
    param = request.values.get("BenchmarkTest", "")
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
