# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=values propagation=undecidable_ternary (helper class) sink=v1 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.route("/00436", methods=["GET", "POST"])
def benchmark_test_00436():
    param = request.values.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return jsonify(result=str(result))
