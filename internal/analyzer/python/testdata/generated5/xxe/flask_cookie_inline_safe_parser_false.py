# generated case (gen_cases5): category=xxe rule=PY-XXE fw=flask source=cookie shape=inline_safe_parser expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00290", methods=["GET", "POST"])
def benchmark_test_00290():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    root = etree.fromstring(bar.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    result = root.findtext("name")
    return jsonify(result=str(result))
