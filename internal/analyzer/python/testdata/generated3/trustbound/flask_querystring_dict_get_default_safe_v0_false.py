# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=querystring propagation=dict_get_default_safe sink=v0 expected=false
import os
import urllib.parse

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00557", methods=["GET", "POST"])
def benchmark_test_00557():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    session["userid"] = bar
    result = True
    return jsonify(result=str(result))
