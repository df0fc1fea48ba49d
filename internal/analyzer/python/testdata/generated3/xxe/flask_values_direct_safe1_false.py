# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=values propagation=direct sink=safe1 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00445", methods=["GET", "POST"])
def benchmark_test_00445():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return jsonify(result=str(result))
