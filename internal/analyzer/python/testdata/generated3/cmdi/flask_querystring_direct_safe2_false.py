# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=querystring propagation=direct sink=safe2 expected=false
import subprocess
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00097", methods=["GET", "POST"])
def benchmark_test_00097():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    proc = subprocess.run(["ping", "-c", "1", "--", bar], shell=False, capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
