# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=args shape=closure_capture sink=v2 expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00213", methods=["GET", "POST"])
def benchmark_test_00213():
    param = request.args.get("BenchmarkTest", "")
    def pick():
        return param

    bar = pick()
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)  # want: PY-CMDI
    result = proc.communicate()[0]
    return jsonify(result=str(result))
