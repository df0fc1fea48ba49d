# generated case (gen_cases4): category=xxe rule=PY-XXE fw=flask source=getlist shape=tuple_swap_safe sink=v1 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00116", methods=["GET", "POST"])
def benchmark_test_00116():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    a, b = param, "safe"
    a, b = b, a
    bar = a
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return jsonify(result=str(result))
