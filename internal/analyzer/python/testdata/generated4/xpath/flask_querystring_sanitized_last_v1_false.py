# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=flask source=querystring shape=sanitized_last sink=v1 expected=false
import re
import urllib.parse

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00064", methods=["GET", "POST"])
def benchmark_test_00064():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param.strip()
    bar = re.sub(r"[^A-Za-z0-9]", "", bar)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return jsonify(result=str(result))
