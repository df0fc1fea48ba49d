# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=getlist propagation=direct sink=safe0 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00095", methods=["GET", "POST"])
def benchmark_test_00095():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    proc = subprocess.run(["echo", bar], capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
