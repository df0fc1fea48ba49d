# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=getdata propagation=dict_overwrite_same (helper class) sink=v1 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


@app.route("/00424", methods=["POST"])
def benchmark_test_00424():
    param = request.get_data(as_text=True)
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return jsonify(result=str(result))
