# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=form shape=list_program sink=specific expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00343", methods=["POST"])
def benchmark_test_00343():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    proc = subprocess.run([bar, "--version"], capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=str(result))
