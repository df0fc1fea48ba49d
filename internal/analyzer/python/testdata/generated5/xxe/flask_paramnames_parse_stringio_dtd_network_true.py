# generated case (gen_cases5): category=xxe rule=PY-XXE fw=flask source=paramnames shape=parse_stringio_dtd_network expected=true
import io

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00286", methods=["GET", "POST"])
def benchmark_test_00286():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    tree = etree.parse(io.StringIO(bar), parser)  # want: PY-XXE
    result = tree.getroot().findtext("name")
    return jsonify(result=str(result))
