# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=args propagation=dict_overwrite_other sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00464", methods=["GET", "POST"])
def benchmark_test_00464():
    param = request.args.get("BenchmarkTest", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyA-55"] = "overwritten"
    bar = m["keyB-55"]
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
