# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=args propagation=dict_get_default_safe sink=v3 expected=false
import pathlib

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00172", methods=["GET", "POST"])
def benchmark_test_00172():
    param = request.args.get("BenchmarkTest", "")
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    p = pathlib.Path(BASE_DIR, bar)
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()
    return jsonify(result=str(result))
