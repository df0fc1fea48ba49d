# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=values shape=ternary_module_flag_safe sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
STRICT_MODE = True
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00197", methods=["GET", "POST"])
def benchmark_test_00197():
    param = request.values.get("BenchmarkTest", "")
    bar = "safe" if STRICT_MODE else param
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
