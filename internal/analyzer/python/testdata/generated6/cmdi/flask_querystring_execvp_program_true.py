# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=querystring shape=execvp_program sink=specific expected=true
import os
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00340", methods=["GET", "POST"])
def benchmark_test_00340():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    os.execvp(bar, [bar, "--help"])  # want: PY-CMDI
    result = True
    return jsonify(result=str(result))
