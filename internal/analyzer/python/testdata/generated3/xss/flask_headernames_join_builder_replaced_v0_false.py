# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=headernames propagation=join_builder_replaced sink=v0 expected=false
from flask import Flask, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00214", methods=["GET", "POST"])
def benchmark_test_00214():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    return "<p>Formatted like: " + bar + "</p>"
