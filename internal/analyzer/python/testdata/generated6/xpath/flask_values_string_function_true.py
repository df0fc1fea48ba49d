# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=flask source=values shape=string_function sink=specific expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00490", methods=["GET", "POST"])
def benchmark_test_00490():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    name = EMPLOYEES.xpath("string(//Employee[@id='" + bar + "']/@name)")  # want: PY-XPATH-INJECTION
    result = str(name)
    return jsonify(result=str(result))
