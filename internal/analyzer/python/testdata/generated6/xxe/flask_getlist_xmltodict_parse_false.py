# generated case (gen_cases6): category=xxe rule=PY-XXE fw=flask source=getlist shape=xmltodict_parse sink=specific expected=false
import xmltodict

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00469", methods=["GET", "POST"])
def benchmark_test_00469():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    doc = xmltodict.parse(bar)
    result = list(doc)
    return jsonify(result=str(result))
