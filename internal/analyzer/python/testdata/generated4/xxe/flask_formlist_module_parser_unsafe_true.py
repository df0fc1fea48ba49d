# generated case (gen_cases4): category=xxe rule=PY-XXE fw=flask source=formlist shape=module_parser_unsafe sink=specific expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=True, no_network=False)


@app.route("/00479", methods=["POST"])
def benchmark_test_00479():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    root = etree.fromstring(bar.encode("utf-8"), PARSER)  # want: PY-XXE
    result = root.findtext("name")
    return jsonify(result=str(result))
