# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=form propagation=try_int_fallback sink=v2 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00108", methods=["POST"])
def benchmark_test_00108():
    param = request.form.get("BenchmarkTest", "")
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)
    result = proc.communicate()[0]
    return jsonify(result=str(result))
