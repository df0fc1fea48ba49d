# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=headernames shape=normpath_prefix_reject sink=specific expected=false
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00379", methods=["GET", "POST"])
def benchmark_test_00379():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    full = os.path.normpath(os.path.join(BASE_DIR, bar))
    if not full.startswith(BASE_DIR):
        abort(400)
    with open(full) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
