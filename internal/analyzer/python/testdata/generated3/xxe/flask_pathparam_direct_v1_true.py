# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=pathparam propagation=direct sink=v1 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00364/<test_id>", methods=["GET", "POST"])
def benchmark_test_00364(test_id):
    param = test_id
    bar = param
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return jsonify(result=str(result))
