# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=headernames shape=realpath_commonpath_reject sink=specific expected=false
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
BASE_ROOT = "/srv/app/testfiles"


@app.route("/00404", methods=["GET", "POST"])
def benchmark_test_00404():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    full = os.path.realpath(os.path.join(BASE_ROOT, bar))
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        abort(400)
    with open(full) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
