# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=form propagation=b64_roundtrip sink=v1 expected=true
import base64

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00433", methods=["POST"])
def benchmark_test_00433():
    param = request.form.get("BenchmarkTest", "")
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return jsonify(result=str(result))
