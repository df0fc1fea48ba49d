# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=querystring variant=gauss_simulation expected=false
import random
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00723", methods=["GET", "POST"])
def benchmark_test_00723():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    noise = random.gauss(0, 0.05)
    result = round(len(bar) * (1 + noise), 2)
    return jsonify(result=str(result))
