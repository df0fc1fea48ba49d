# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=getlist propagation=int_conv (helper class) sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.route("/00453", methods=["GET", "POST"])
def benchmark_test_00453():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return jsonify(result=str(result))
