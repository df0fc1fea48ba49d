# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=getdata propagation=direct sink=safe2 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00121", methods=["POST"])
def benchmark_test_00121():
    param = request.get_data(as_text=True)
    bar = param
    proc = subprocess.run(["ping", "-c", "1", "--", bar], shell=False, capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
