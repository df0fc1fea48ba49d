# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=json shape=string_no_shell sink=specific expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00339", methods=["POST"])
def benchmark_test_00339():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    proc = subprocess.run("ls -l " + bar, shell=False, capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
