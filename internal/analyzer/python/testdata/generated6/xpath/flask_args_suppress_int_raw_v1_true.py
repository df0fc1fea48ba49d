# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=flask source=args shape=suppress_int_raw sink=v1 expected=true
import contextlib

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00100", methods=["GET", "POST"])
def benchmark_test_00100():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    with contextlib.suppress(ValueError):
        bar = str(int(param))
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return jsonify(result=str(result))
