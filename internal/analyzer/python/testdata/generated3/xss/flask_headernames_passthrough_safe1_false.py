# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=headernames propagation=passthrough (helper class) sink=safe1 expected=false
from flask import Flask, request, Response

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.route("/00255", methods=["GET", "POST"])
def benchmark_test_00255():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    return Response("Formatted like: " + bar, mimetype="text/plain")
