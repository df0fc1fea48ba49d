# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=form propagation=switch_char_taint (helper class) sink=v1 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        guess = "ABC"
        switch_target = guess[2]
        if switch_target == "A":
            bar = "a_Value"
        elif switch_target == "B":
            bar = "bob"
        elif switch_target == "C" or switch_target == "D":
            bar = param
        else:
            bar = "bobs_your_uncle"
        return bar


@app.route("/00467", methods=["POST"])
def benchmark_test_00467():
    param = request.form.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return jsonify(result=str(result))
