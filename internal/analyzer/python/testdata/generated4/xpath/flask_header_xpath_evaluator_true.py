# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=flask source=header shape=xpath_evaluator sink=specific expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00497", methods=["GET", "POST"])
def benchmark_test_00497():
    param = request.headers.get("Referer", "")
    bar = param
    evaluator = etree.XPathEvaluator(EMPLOYEES)
    nodes = evaluator("//Employee[@name='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
