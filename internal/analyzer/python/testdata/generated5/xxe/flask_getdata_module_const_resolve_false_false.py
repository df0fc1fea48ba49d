# generated case (gen_cases5): category=xxe rule=PY-XXE fw=flask source=getdata shape=module_const_resolve_false expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
RESOLVE_ENTITIES = False


@app.route("/00272", methods=["POST"])
def benchmark_test_00272():
    param = request.get_data(as_text=True)
    bar = param
    parser = etree.XMLParser(resolve_entities=RESOLVE_ENTITIES)
    root = etree.XML(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return jsonify(result=str(result))
