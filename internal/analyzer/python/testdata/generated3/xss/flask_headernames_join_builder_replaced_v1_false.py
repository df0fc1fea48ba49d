# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=headernames propagation=join_builder_replaced sink=v1 expected=false
from flask import Flask, make_response, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00238", methods=["GET", "POST"])
def benchmark_test_00238():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    return make_response("<div>%s</div>" % bar)
