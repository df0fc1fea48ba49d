# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=json propagation=direct sink=safe0 expected=false
import defusedxml.ElementTree as DefusedET

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00346", methods=["POST"])
def benchmark_test_00346():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    root = DefusedET.fromstring(bar)
    result = root.findtext("name")
    return jsonify(result=str(result))
