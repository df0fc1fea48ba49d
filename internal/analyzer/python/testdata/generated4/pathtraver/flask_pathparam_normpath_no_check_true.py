# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=pathparam shape=normpath_no_check sink=specific expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00385/<test_id>", methods=["GET", "POST"])
def benchmark_test_00385(test_id):
    param = test_id
    bar = param
    full = os.path.normpath(os.path.join(BASE_DIR, bar))
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
