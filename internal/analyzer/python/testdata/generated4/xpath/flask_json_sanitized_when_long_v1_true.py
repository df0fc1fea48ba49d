# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=flask source=json shape=sanitized_when_long sink=v1 expected=true
import re

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00062", methods=["POST"])
def benchmark_test_00062():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    if len(bar) > 32:
        bar = re.sub(r"[^A-Za-z0-9]", "", bar)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return jsonify(result=str(result))
