# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=pathparam propagation=direct sink=safe0 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00119/<test_id>", methods=["GET", "POST"])
def benchmark_test_00119(test_id):
    param = test_id
    bar = param
    proc = subprocess.run(["echo", bar], capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
