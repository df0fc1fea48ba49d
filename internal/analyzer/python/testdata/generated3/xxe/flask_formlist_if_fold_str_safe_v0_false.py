# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=formlist propagation=if_fold_str_safe sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00415", methods=["POST"])
def benchmark_test_00415():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return jsonify(result=str(result))
