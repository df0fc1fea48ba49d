# generated case (gen_cases4): category=xxe rule=PY-XXE fw=flask source=querystring shape=bytes_roundtrip sink=v1 expected=true
import urllib.parse

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00276", methods=["GET", "POST"])
def benchmark_test_00276():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param.encode("utf-8").decode("utf-8")
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return jsonify(result=str(result))
