# generated case (gen_cases5): category=xxe rule=PY-XXE fw=flask source=getlist shape=opts_dict_resolve_true expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00268", methods=["GET", "POST"])
def benchmark_test_00268():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    opts = {"resolve_entities": True, "load_dtd": True}
    parser = etree.XMLParser(**opts)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return jsonify(result=str(result))
