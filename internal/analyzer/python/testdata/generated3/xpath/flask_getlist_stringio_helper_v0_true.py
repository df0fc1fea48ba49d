# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=getlist propagation=stringio (helper class) sink=v0 expected=true
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


@app.route("/00473", methods=["GET", "POST"])
def benchmark_test_00473():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
