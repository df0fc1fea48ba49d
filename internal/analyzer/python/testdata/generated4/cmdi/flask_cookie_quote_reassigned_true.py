# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=cookie shape=quote_reassigned sink=specific expected=true
import os
import shlex

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00353", methods=["GET", "POST"])
def benchmark_test_00353():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    bar = shlex.quote(bar)
    bar = param.strip()
    result = os.system("ls -l " + bar)  # want: PY-CMDI
    return jsonify(result=str(result))
