# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=cookie shape=insert_shifted sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00105", methods=["GET", "POST"])
def benchmark_test_00105():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    items = ["a", "b"]
    items.insert(0, param)
    bar = items[2]
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
