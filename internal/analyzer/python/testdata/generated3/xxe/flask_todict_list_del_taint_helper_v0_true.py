# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=todict propagation=list_del_taint (helper class) sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        del values_list[0]
        bar = values_list[0]
        return bar


@app.route("/00418", methods=["GET", "POST"])
def benchmark_test_00418():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return jsonify(result=str(result))
