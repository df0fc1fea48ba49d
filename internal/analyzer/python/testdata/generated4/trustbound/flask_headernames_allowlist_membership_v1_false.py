# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=headernames shape=allowlist_membership sink=v1 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00186", methods=["GET", "POST"])
def benchmark_test_00186():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param if param in CHOICES else "alpha"
    session[bar] = "10340"
    result = True
    return jsonify(result=str(result))
