# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=values shape=sh_c_list_run sink=specific expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00345", methods=["GET", "POST"])
def benchmark_test_00345():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    proc = subprocess.run(["sh", "-c", "ls " + bar], capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=str(result))
