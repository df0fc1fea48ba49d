# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=args propagation=join_builder (helper class) sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.route("/00430", methods=["GET", "POST"])
def benchmark_test_00430():
    param = request.args.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return jsonify(result=str(result))
