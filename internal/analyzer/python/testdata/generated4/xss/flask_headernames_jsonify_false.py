# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=headernames shape=jsonify sink=specific expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00419", methods=["GET", "POST"])
def benchmark_test_00419():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    return jsonify(name=bar)
