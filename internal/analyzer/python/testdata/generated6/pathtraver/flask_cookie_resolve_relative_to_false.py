# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=cookie shape=resolve_relative_to sink=specific expected=false
import pathlib

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00361", methods=["GET", "POST"])
def benchmark_test_00361():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    p = (pathlib.Path(BASE_DIR) / bar).resolve()
    try:
        p.relative_to(BASE_DIR)
    except ValueError:
        abort(400)
    result = p.read_text()
    return jsonify(result=str(result))
