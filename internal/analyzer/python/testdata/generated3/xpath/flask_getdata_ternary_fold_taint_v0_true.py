# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=getdata propagation=ternary_fold_taint sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00404", methods=["POST"])
def benchmark_test_00404():
    param = request.get_data(as_text=True)
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
