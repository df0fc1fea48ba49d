# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=getlist propagation=filter_isalnum sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00421", methods=["GET", "POST"])
def benchmark_test_00421():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = "".join(filter(str.isalnum, param))
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return jsonify(result=str(result))
