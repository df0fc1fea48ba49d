# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=values propagation=try_int_fallback sink=v4 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00117", methods=["GET", "POST"])
def benchmark_test_00117():
    param = request.values.get("BenchmarkTest", "")
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)
    return jsonify(result=str(result))
