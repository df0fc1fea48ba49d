# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=flask source=json shape=element_evaluator_vars expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00322", methods=["POST"])
def benchmark_test_00322():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    evaluator = etree.XPathElementEvaluator(EMPLOYEES.getroot())
    nodes = evaluator("//Employee[@name=$n]", n=bar)
    result = len(nodes)
    return jsonify(result=str(result))
