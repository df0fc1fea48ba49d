# generated case (gen_cases4): category=xxe rule=PY-XXE fw=flask source=json shape=update_other_key sink=v1 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00082", methods=["POST"])
def benchmark_test_00082():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    options = {"a": "safe"}
    options.update({"b": param})
    bar = options["a"]
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return jsonify(result=str(result))
