# generated case (gen_cases5): category=xxe rule=PY-XXE fw=flask source=json shape=etcompat_unsafe expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00285", methods=["POST"])
def benchmark_test_00285():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    parser = etree.ETCompatXMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return jsonify(result=str(result))
