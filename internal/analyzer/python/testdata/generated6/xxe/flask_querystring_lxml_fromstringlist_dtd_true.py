# generated case (gen_cases6): category=xxe rule=PY-XXE fw=flask source=querystring shape=lxml_fromstringlist_dtd sink=specific expected=true
import urllib.parse

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00472", methods=["GET", "POST"])
def benchmark_test_00472():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    root = etree.fromstringlist([bar.encode("utf-8")], parser)  # want: PY-XXE
    result = root.tag
    return jsonify(result=str(result))
