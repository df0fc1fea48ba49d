# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=getlist shape=manual_single_quotes sink=specific expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00337", methods=["GET", "POST"])
def benchmark_test_00337():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    proc = subprocess.run("convert '%s' /tmp/out.png" % bar, shell=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=str(result))
