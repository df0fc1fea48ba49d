# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=args shape=cwd_from_input sink=specific expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00334", methods=["GET", "POST"])
def benchmark_test_00334():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    proc = subprocess.run(["ls", "-l"], cwd=bar, capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
