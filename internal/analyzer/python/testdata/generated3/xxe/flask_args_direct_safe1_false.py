# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=args propagation=direct sink=safe1 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00425", methods=["GET", "POST"])
def benchmark_test_00425():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return jsonify(result=str(result))
