# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=form shape=dictcomp_other_key sink=v3 expected=false
import pathlib

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00136", methods=["POST"])
def benchmark_test_00136():
    param = request.form.get("BenchmarkTest", "")
    fields = {k: v for k, v in [("term", param), ("mode", "basic")]}
    bar = fields["mode"]
    p = pathlib.Path(BASE_DIR, bar)
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()
    return jsonify(result=str(result))
