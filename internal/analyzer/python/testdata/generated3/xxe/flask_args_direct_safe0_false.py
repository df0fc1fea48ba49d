# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=args propagation=direct sink=safe0 expected=false
import defusedxml.ElementTree as DefusedET

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00444", methods=["GET", "POST"])
def benchmark_test_00444():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    root = DefusedET.fromstring(bar)
    result = root.findtext("name")
    return jsonify(result=str(result))
