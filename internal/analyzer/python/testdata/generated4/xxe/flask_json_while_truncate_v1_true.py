# generated case (gen_cases4): category=xxe rule=PY-XXE fw=flask source=json shape=while_truncate sink=v1 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00208", methods=["POST"])
def benchmark_test_00208():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    while len(bar) > 200:
        bar = bar[:200]
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return jsonify(result=str(result))
