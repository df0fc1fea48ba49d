# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=flask source=values shape=xpath_format sink=specific expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00493", methods=["GET", "POST"])
def benchmark_test_00493():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='{}']".format(bar))  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
