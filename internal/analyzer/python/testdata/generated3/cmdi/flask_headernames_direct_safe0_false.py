# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=headernames propagation=direct sink=safe0 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00110", methods=["GET", "POST"])
def benchmark_test_00110():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    proc = subprocess.run(["echo", bar], capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
