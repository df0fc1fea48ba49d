# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=getlist shape=zip_star_values sink=v3 expected=true
import pathlib

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00168", methods=["GET", "POST"])
def benchmark_test_00168():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    names, values = zip(("a", "safe"), ("b", param))
    bar = values[1]
    p = pathlib.Path(BASE_DIR, bar)
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()  # want: PY-PATH-TRAVERSAL
    return jsonify(result=str(result))
