# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=querystring shape=seed_then_token expected=true
import random
import time
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00121", methods=["GET", "POST"])
def benchmark_test_00121():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    random.seed(time.time())
    access_token = "%x" % random.getrandbits(64)  # want: PY-WEAK-RANDOM
    result = len(access_token + bar)
    return jsonify(result=str(result))
