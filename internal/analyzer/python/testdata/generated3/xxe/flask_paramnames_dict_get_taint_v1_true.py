# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=paramnames propagation=dict_get_taint sink=v1 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00421", methods=["GET", "POST"])
def benchmark_test_00421():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)  # want: PY-XXE
    result = doc.tag
    return jsonify(result=str(result))
