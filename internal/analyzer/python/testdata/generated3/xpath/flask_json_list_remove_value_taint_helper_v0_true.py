# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=json propagation=list_remove_value_taint (helper class) sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        values_list.remove(values_list[0])
        bar = values_list[0]
        return bar


@app.route("/00461", methods=["POST"])
def benchmark_test_00461():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
