# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=getlist propagation=allowlist_ternary sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00177", methods=["GET", "POST"])
def benchmark_test_00177():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param if param in ("alpha", "beta") else "alpha"
    with open(BASE_DIR + bar, "rb") as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
