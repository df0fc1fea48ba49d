# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=cookie shape=fstring_int_spec sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00271", methods=["GET", "POST"])
def benchmark_test_00271():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = f"{int(param):d}"
    result = os.system("echo " + bar)
    return jsonify(result=str(result))
