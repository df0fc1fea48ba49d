# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=headernames propagation=b64_roundtrip sink=v1 expected=true
import base64

from flask import Flask, make_response, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00228", methods=["GET", "POST"])
def benchmark_test_00228():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    return make_response("<div>%s</div>" % bar)  # want: PY-XSS
