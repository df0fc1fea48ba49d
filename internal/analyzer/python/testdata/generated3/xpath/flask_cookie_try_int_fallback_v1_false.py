# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=cookie propagation=try_int_fallback sink=v1 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00462", methods=["GET", "POST"])
def benchmark_test_00462():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return jsonify(result=str(result))
