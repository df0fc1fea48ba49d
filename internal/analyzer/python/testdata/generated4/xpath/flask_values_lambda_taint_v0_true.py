# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=flask source=values shape=lambda_taint sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00217", methods=["GET", "POST"])
def benchmark_test_00217():
    param = request.values.get("BenchmarkTest", "")
    fmt = lambda v: v.strip()
    bar = fmt(param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
