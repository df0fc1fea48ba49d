# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=header shape=quote_discarded sink=specific expected=true
import shlex
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00349", methods=["GET", "POST"])
def benchmark_test_00349():
    param = request.headers.get("Referer", "")
    bar = param
    shlex.quote(bar)
    proc = subprocess.run("ls -l " + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=str(result))
