# generated case (gen_cases4): category=xxe rule=PY-XXE fw=flask source=querystring shape=namedtuple_other sink=v1 expected=false
import urllib.parse

from collections import namedtuple
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


Pair = namedtuple("Pair", ["left", "right"])


@app.route("/00024", methods=["GET", "POST"])
def benchmark_test_00024():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    p = Pair("safe", param)
    bar = p.left
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return jsonify(result=str(result))
