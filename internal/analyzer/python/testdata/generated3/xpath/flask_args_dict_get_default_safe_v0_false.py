# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=args propagation=dict_get_default_safe sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00444", methods=["GET", "POST"])
def benchmark_test_00444():
    param = request.args.get("BenchmarkTest", "")
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return jsonify(result=str(result))
