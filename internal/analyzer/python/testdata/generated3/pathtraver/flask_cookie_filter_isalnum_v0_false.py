# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=cookie propagation=filter_isalnum sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00198", methods=["GET", "POST"])
def benchmark_test_00198():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = "".join(filter(str.isalnum, param))
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
