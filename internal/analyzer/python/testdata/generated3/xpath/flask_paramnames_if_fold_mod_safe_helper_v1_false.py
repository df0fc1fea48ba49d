# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=paramnames propagation=if_fold_mod_safe (helper class) sink=v1 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        if (7 * 18) % 5 == 1:
            bar = "This_should_always_happen"
        else:
            bar = param
        return bar


@app.route("/00455", methods=["GET", "POST"])
def benchmark_test_00455():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = Test().do_something(request, param)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return jsonify(result=str(result))
