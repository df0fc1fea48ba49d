# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=cookie propagation=filter_isalnum sink=v1 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00482", methods=["GET", "POST"])
def benchmark_test_00482():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = "".join(filter(str.isalnum, param))
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return jsonify(result=str(result))
