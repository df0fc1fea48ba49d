# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=args propagation=b64_roundtrip sink=v0 expected=true
import base64

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00385", methods=["GET", "POST"])
def benchmark_test_00385():
    param = request.args.get("BenchmarkTest", "")
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return jsonify(result=str(result))
