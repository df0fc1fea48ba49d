# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=headernames shape=sanitized_wrong_var sink=v1 expected=true
import os
import re

from flask import Flask, jsonify, request, session

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00060", methods=["GET", "POST"])
def benchmark_test_00060():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    clean = re.sub(r"[^A-Za-z0-9]", "", param)
    bar = param if clean else ""
    session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
