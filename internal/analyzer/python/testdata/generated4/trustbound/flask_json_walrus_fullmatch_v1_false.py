# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=json shape=walrus_fullmatch sink=v1 expected=false
import os
import re

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00188", methods=["POST"])
def benchmark_test_00188():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    if (m := re.fullmatch(r"[A-Za-z0-9_]+", param)) is None:
        abort(400)
    bar = m.group(0)
    session[bar] = "10340"
    result = True
    return jsonify(result=str(result))
