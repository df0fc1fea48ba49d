# generated case (gen_cases4): category=xxe rule=PY-XXE fw=flask source=getlist shape=generator_fn_taint sink=v1 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


def pieces(value):
    yield "safe"
    yield value


@app.route("/00242", methods=["GET", "POST"])
def benchmark_test_00242():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = list(pieces(param))[1]
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return jsonify(result=str(result))
