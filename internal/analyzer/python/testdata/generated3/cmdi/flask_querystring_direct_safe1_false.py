# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=querystring propagation=direct sink=safe1 expected=false
import os
import shlex
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00111", methods=["GET", "POST"])
def benchmark_test_00111():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    result = os.system("echo " + shlex.quote(bar))
    return jsonify(result=str(result))
