# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=header shape=chain_taint sink=v1 expected=true
import itertools
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00244", methods=["GET", "POST"])
def benchmark_test_00244():
    param = request.headers.get("Referer", "")
    bar = list(itertools.chain(["safe"], [param]))[1]
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=str(result))
