# generated case (gen_cases5): category=xxe rule=PY-XXE fw=flask source=args shape=defused_et_parse expected=false
import defusedxml.ElementTree as DefusedET
import io

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00308", methods=["GET", "POST"])
def benchmark_test_00308():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    tree = DefusedET.parse(io.BytesIO(bar.encode("utf-8")))
    result = tree.getroot().findtext("name")
    return jsonify(result=str(result))
