# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=getlist propagation=builder_chain sink=v0 expected=true
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


@app.route("/00439", methods=["GET", "POST"])
def benchmark_test_00439():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Builder().set_value(param).get_value()
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return jsonify(result=str(result))
