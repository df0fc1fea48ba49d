# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=args propagation=stringio (helper class) sink=v0 expected=true
import io

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.route("/00412", methods=["GET", "POST"])
def benchmark_test_00412():
    param = request.args.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return jsonify(result=str(result))
