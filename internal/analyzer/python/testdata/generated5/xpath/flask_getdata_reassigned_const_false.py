# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=flask source=getdata shape=reassigned_const expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00335", methods=["POST"])
def benchmark_test_00335():
    param = request.get_data(as_text=True)
    bar = param
    name = bar
    name = "alice"
    nodes = EMPLOYEES.xpath("//Employee[@name='" + name + "']")
    result = len(nodes)
    return jsonify(result=str(result))
