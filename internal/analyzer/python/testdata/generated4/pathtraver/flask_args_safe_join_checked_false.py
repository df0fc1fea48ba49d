# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=args shape=safe_join_checked sink=specific expected=false
from flask import Flask, abort, jsonify, request
from werkzeug.utils import safe_join

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00395", methods=["GET", "POST"])
def benchmark_test_00395():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    full = safe_join(BASE_DIR, bar)
    if full is None:
        abort(400)
    with open(full) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
