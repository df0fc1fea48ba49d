# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=querystring shape=flags_keys sink=specific expected=true
import os
import urllib.parse

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00461", methods=["GET", "POST"])
def benchmark_test_00461():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    session["flags"] = {k: True for k in bar.split(",")}  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
