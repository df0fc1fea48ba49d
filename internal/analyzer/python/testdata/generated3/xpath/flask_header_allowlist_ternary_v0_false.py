# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=header propagation=allowlist_ternary sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00476", methods=["GET", "POST"])
def benchmark_test_00476():
    param = request.headers.get("Referer", "")
    bar = param if param in ("alpha", "beta") else "alpha"
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return jsonify(result=str(result))
