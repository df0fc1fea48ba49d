# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=args shape=shlex_split_program sink=specific expected=true
import shlex
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00341", methods=["GET", "POST"])
def benchmark_test_00341():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    proc = subprocess.run(shlex.split(bar), capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=str(result))
