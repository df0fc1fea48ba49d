# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=flask source=todict shape=chain_safe sink=v0 expected=false
import itertools

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00249", methods=["GET", "POST"])
def benchmark_test_00249():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = list(itertools.chain(["safe"], [param]))[0]
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return jsonify(result=str(result))
