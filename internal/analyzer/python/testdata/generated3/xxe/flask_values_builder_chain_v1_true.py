# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=values propagation=builder_chain sink=v1 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


@app.route("/00391", methods=["GET", "POST"])
def benchmark_test_00391():
    param = request.values.get("BenchmarkTest", "")
    bar = Builder().set_value(param).get_value()
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return jsonify(result=str(result))
