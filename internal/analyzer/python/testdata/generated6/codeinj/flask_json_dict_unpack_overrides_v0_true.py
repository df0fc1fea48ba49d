# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=flask source=json shape=dict_unpack_overrides sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)
DEFAULTS = {"term": "all"}


@app.route("/00222", methods=["POST"])
def benchmark_test_00222():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    opts = {**DEFAULTS, "term": param}
    bar = opts["term"]
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
