# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=headernames propagation=direct sink=safe1 expected=false
import os
import shlex

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00096", methods=["GET", "POST"])
def benchmark_test_00096():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    result = os.system("echo " + shlex.quote(bar))
    return jsonify(result=str(result))
