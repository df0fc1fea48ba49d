# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=form shape=guard_match_prefix sink=v3 expected=true
import pathlib
import re

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00152", methods=["POST"])
def benchmark_test_00152():
    param = request.form.get("BenchmarkTest", "")
    if not re.match(r"[A-Za-z0-9_]+", param):
        abort(400)
    bar = param
    p = pathlib.Path(BASE_DIR, bar)
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()  # want: PY-PATH-TRAVERSAL
    return jsonify(result=str(result))
