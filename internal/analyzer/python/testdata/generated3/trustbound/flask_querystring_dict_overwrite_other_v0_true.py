# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=querystring propagation=dict_overwrite_other sink=v0 expected=true
import os
import urllib.parse

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00583", methods=["GET", "POST"])
def benchmark_test_00583():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyA-55"] = "overwritten"
    bar = m["keyB-55"]
    session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
