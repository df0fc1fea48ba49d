# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=form propagation=allowlist_ternary sink=v1 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00415", methods=["POST"])
def benchmark_test_00415():
    param = request.form.get("BenchmarkTest", "")
    bar = param if param in ("alpha", "beta") else "alpha"
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return jsonify(result=str(result))
