# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=flask source=json shape=strip_percent sink=specific expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00487", methods=["POST"])
def benchmark_test_00487():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    nodes = EMPLOYEES.xpath("//Employee[@name='%s']" % bar.strip())  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
