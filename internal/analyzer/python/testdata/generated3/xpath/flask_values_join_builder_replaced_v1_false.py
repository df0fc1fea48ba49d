# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=values propagation=join_builder_replaced sink=v1 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00450", methods=["GET", "POST"])
def benchmark_test_00450():
    param = request.values.get("BenchmarkTest", "")
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return jsonify(result=str(result))
