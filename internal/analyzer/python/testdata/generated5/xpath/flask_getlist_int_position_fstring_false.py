# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=flask source=getlist shape=int_position_fstring expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00331", methods=["GET", "POST"])
def benchmark_test_00331():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    position = int(bar)
    nodes = EMPLOYEES.xpath(f"//Employee[{position}]/name/text()")
    result = len(nodes)
    return jsonify(result=str(result))
