# generated case (gen_cases5): category=xxe rule=PY-XXE fw=flask source=querystring shape=unsafe_parser_dead_branch expected=false
import urllib.parse

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00277", methods=["GET", "POST"])
def benchmark_test_00277():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    if False:
        parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return jsonify(result=str(result))
