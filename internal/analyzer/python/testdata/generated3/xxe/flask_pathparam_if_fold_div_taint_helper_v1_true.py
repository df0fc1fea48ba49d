# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=pathparam propagation=if_fold_div_taint (helper class) sink=v1 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        num = 196
        if (500 / 42) + num > 200:
            bar = param
        else:
            bar = "This should never happen"
        return bar


@app.route("/00412/<test_id>", methods=["GET", "POST"])
def benchmark_test_00412(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return jsonify(result=str(result))
