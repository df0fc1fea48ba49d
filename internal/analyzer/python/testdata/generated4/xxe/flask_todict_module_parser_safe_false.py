# generated case (gen_cases4): category=xxe rule=PY-XXE fw=flask source=todict shape=module_parser_safe sink=specific expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@app.route("/00481", methods=["GET", "POST"])
def benchmark_test_00481():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    root = etree.fromstring(bar.encode("utf-8"), PARSER)
    result = root.findtext("name")
    return jsonify(result=str(result))
