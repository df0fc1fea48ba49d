# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=flask source=cookie shape=next_genexp_taint sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00251", methods=["GET", "POST"])
def benchmark_test_00251():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = next(v for v in [param, "safe"])
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
