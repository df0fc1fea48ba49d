# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=json propagation=direct sink=safe3 expected=false
import pathlib

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00204", methods=["POST"])
def benchmark_test_00204():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    p = pathlib.Path(BASE_DIR, bar).resolve()
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()
    return jsonify(result=str(result))
