# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=cookie shape=partition_sep sink=v3 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00145", methods=["GET", "POST"])
def benchmark_test_00145():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param.partition("=")[1] or "none"
    result = os.popen("nslookup " + bar).read()
    return jsonify(result=str(result))
