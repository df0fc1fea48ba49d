# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=headernames propagation=direct sink=safe0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00191", methods=["GET", "POST"])
def benchmark_test_00191():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    with open(os.path.join(BASE_DIR, os.path.basename(bar))) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
