# generated case (gen_cases5): category=xxe rule=PY-XXE fw=flask source=formlist shape=parser_reassigned_safe expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00276", methods=["POST"])
def benchmark_test_00276():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    parser = etree.XMLParser(resolve_entities=True)
    parser = etree.XMLParser(resolve_entities=False)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return jsonify(result=str(result))
