# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=headernames propagation=direct sink=safe2 expected=false
from flask import Flask, make_response, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00244", methods=["GET", "POST"])
def benchmark_test_00244():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    resp = make_response("Formatted like: " + bar)
    resp.mimetype = "text/plain"
    return resp
