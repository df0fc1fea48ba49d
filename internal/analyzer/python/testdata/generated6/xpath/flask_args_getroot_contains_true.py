# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=flask source=args shape=getroot_contains sink=specific expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00433", methods=["GET", "POST"])
def benchmark_test_00433():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    nodes = EMPLOYEES.getroot().xpath("./Employee[contains(@name, '" + bar + "')]")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
