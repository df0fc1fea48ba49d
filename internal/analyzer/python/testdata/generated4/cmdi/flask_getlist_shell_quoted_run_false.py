# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=getlist shape=shell_quoted_run sink=specific expected=false
import shlex
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00347", methods=["GET", "POST"])
def benchmark_test_00347():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    proc = subprocess.run("ls -l " + shlex.quote(bar), shell=True, capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
