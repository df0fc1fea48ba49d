# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=values propagation=stringio (helper class) sink=v1 expected=true
import io

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.route("/00422", methods=["GET", "POST"])
def benchmark_test_00422():
    param = request.values.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return jsonify(result=str(result))
