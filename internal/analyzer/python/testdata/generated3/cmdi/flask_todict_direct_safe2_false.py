# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=todict propagation=direct sink=safe2 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00115", methods=["GET", "POST"])
def benchmark_test_00115():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    proc = subprocess.run(["ping", "-c", "1", "--", bar], shell=False, capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
