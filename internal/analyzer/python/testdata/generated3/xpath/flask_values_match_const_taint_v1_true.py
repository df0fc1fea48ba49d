# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=values propagation=match_const_taint sink=v1 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00470", methods=["GET", "POST"])
def benchmark_test_00470():
    param = request.values.get("BenchmarkTest", "")
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return jsonify(result=str(result))
