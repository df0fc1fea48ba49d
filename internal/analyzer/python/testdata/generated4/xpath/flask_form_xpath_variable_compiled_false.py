# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=flask source=form shape=xpath_variable_compiled sink=specific expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00491", methods=["POST"])
def benchmark_test_00491():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    find = etree.XPath("/Employees/Employee[@emplid=$emplid]")
    result = len(find(EMPLOYEES, emplid=bar))
    return jsonify(result=str(result))
