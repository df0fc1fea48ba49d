# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=flask source=paramnames shape=fstring expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00312", methods=["GET", "POST"])
def benchmark_test_00312():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    nodes = EMPLOYEES.xpath(f"//Employee[@dept='{bar}']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
