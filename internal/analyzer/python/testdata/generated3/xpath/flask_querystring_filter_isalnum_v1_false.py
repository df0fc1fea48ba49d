# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=querystring propagation=filter_isalnum sink=v1 expected=false
import urllib.parse

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00431", methods=["GET", "POST"])
def benchmark_test_00431():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = "".join(filter(str.isalnum, param))
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return jsonify(result=str(result))
