# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=formlist shape=exception_type_name sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00253", methods=["POST"])
def benchmark_test_00253():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    try:
        raise ValueError(param)
    except ValueError as exc:
        bar = type(exc).__name__
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
