# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=headernames shape=quote_then_raw sink=specific expected=true
import os
import shlex

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00351", methods=["GET", "POST"])
def benchmark_test_00351():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    quoted = shlex.quote(bar)
    result = os.system("ls -l " + quoted + " " + bar)  # want: PY-CMDI
    return jsonify(result=str(result))
