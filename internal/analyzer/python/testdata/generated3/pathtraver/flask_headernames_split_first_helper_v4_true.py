# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=headernames propagation=split_first (helper class) sink=v4 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.route("/00195", methods=["GET", "POST"])
def benchmark_test_00195():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    full = os.path.join(BASE_ROOT, bar)
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
