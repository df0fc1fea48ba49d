# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=headernames shape=while_break_safe sink=v0 expected=false
from flask import Flask, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00206", methods=["GET", "POST"])
def benchmark_test_00206():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    while True:
        bar = "safe"
        break
    return "<p>Formatted like: " + bar + "</p>"
