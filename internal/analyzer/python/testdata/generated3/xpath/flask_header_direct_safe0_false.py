# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=header propagation=direct sink=safe0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00434", methods=["GET", "POST"])
def benchmark_test_00434():
    param = request.headers.get("Referer", "")
    bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid=$emplid]", emplid=bar)
    result = len(nodes)
    return jsonify(result=str(result))
