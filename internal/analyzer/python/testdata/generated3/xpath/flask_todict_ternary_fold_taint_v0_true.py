# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=todict propagation=ternary_fold_taint sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00452", methods=["GET", "POST"])
def benchmark_test_00452():
    param = request.args.to_dict().get("BenchmarkTest", "")
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
