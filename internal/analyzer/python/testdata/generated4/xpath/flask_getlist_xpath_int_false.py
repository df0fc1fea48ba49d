# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=flask source=getlist shape=xpath_int sink=specific expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00495", methods=["GET", "POST"])
def benchmark_test_00495():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[%d]" % int(bar))
    result = len(nodes)
    return jsonify(result=str(result))
