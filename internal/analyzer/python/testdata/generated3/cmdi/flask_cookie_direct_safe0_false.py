# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=cookie propagation=direct sink=safe0 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00113", methods=["GET", "POST"])
def benchmark_test_00113():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    proc = subprocess.run(["echo", bar], capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
