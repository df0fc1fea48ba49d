# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=headernames shape=flag_turned_on_raw expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
ALLOW_CUSTOM_NAMES = True
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00423", methods=["GET", "POST"])
def benchmark_test_00423():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    value = "guest"
    if ALLOW_CUSTOM_NAMES:
        value = bar
    session["display_name"] = value  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
