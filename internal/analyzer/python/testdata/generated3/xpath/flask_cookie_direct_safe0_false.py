# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=cookie propagation=direct sink=safe0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00379", methods=["GET", "POST"])
def benchmark_test_00379():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid=$emplid]", emplid=bar)
    result = len(nodes)
    return jsonify(result=str(result))
