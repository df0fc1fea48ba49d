# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=todict shape=basename_discarded sink=specific expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00389", methods=["GET", "POST"])
def benchmark_test_00389():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    os.path.basename(bar)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
