# generated case (gen_cases4): category=xxe rule=PY-XXE fw=flask source=json shape=lxml_parse_bytesio_unsafe sink=specific expected=true
import io

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00487", methods=["POST"])
def benchmark_test_00487():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)  # want: PY-XXE
    result = tree.getroot().tag
    return jsonify(result=str(result))
