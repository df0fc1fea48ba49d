# generated case (gen_cases4): category=xxe rule=PY-XXE fw=flask source=args shape=lxml_parse_bytesio_safe sink=specific expected=false
import io

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00489", methods=["GET", "POST"])
def benchmark_test_00489():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)
    result = tree.getroot().tag
    return jsonify(result=str(result))
