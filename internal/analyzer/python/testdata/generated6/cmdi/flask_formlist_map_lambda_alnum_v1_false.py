# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=formlist shape=map_lambda_alnum sink=v1 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00154", methods=["POST"])
def benchmark_test_00154():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = "".join(map(lambda ch: ch if ch.isalnum() else "", param))
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
