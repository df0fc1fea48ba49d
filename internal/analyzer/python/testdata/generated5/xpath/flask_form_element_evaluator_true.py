# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=flask source=form shape=element_evaluator expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00321", methods=["POST"])
def benchmark_test_00321():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    evaluator = etree.XPathElementEvaluator(EMPLOYEES.getroot())
    nodes = evaluator("//Employee[@name='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
