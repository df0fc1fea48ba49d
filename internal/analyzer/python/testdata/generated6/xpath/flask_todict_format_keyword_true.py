# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=flask source=todict shape=format_keyword sink=specific expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00430", methods=["GET", "POST"])
def benchmark_test_00430():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    nodes = EMPLOYEES.xpath("//Employee[@name='{n}']".format(n=bar))  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
