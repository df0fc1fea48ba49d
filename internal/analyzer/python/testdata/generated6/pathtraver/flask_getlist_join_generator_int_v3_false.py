# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=getlist shape=join_generator_int sink=v3 expected=false
import pathlib

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00208", methods=["GET", "POST"])
def benchmark_test_00208():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = "-".join(str(int(p)) for p in param.split(","))
    p = pathlib.Path(BASE_DIR, bar)
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()
    return jsonify(result=str(result))
