# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=args propagation=dict_overwrite_other sink=v3 expected=true
import pathlib

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00180", methods=["GET", "POST"])
def benchmark_test_00180():
    param = request.args.get("BenchmarkTest", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyA-55"] = "overwritten"
    bar = m["keyB-55"]
    p = pathlib.Path(BASE_DIR, bar)
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()  # want: PY-PATH-TRAVERSAL
    return jsonify(result=str(result))
