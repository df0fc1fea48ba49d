# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=flask source=values shape=walrus_comp_allowed sink=v1 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
ALLOWED_TERMS = {"alpha", "beta"}
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00132", methods=["GET", "POST"])
def benchmark_test_00132():
    param = request.values.get("BenchmarkTest", "")
    found = [y for x in [param] if (y := x.strip()) in ALLOWED_TERMS]
    bar = found[0] if found else "none"
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return jsonify(result=str(result))
