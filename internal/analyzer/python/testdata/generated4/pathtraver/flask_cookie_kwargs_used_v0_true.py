# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=cookie shape=kwargs_used sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


def build(**opts):
    return opts.get("term", "")


@app.route("/00231", methods=["GET", "POST"])
def benchmark_test_00231():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = build(term=param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
