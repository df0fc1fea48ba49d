# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=querystring shape=program_allowlist sink=specific expected=false
import subprocess
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
TOOLS = {"disk": "/usr/bin/df", "uptime": "/usr/bin/uptime"}


@app.route("/00355", methods=["GET", "POST"])
def benchmark_test_00355():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    program = TOOLS.get(bar, "/usr/bin/true")
    proc = subprocess.run([program], capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
