# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=querystring shape=session_int sink=specific expected=false
import os
import urllib.parse

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00531", methods=["GET", "POST"])
def benchmark_test_00531():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    session["page_size"] = int(bar)
    result = True
    return jsonify(result=str(result))
