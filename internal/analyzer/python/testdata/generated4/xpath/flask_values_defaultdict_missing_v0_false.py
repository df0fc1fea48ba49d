# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=flask source=values shape=defaultdict_missing sink=v0 expected=false
import collections

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00091", methods=["GET", "POST"])
def benchmark_test_00091():
    param = request.values.get("BenchmarkTest", "")
    store = collections.defaultdict(str)
    store["term"] = param
    bar = store["other"] or "none"
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return jsonify(result=str(result))
