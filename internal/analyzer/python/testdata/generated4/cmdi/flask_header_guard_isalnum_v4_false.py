# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=header shape=guard_isalnum sink=v4 expected=false
import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/00161", methods=["GET", "POST"])
def benchmark_test_00161():
    param = request.headers.get("Referer", "")
    if not param.isalnum():
        abort(400)
    bar = param
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)
    return jsonify(result=str(result))
