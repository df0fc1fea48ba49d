# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=flask source=formlist shape=etree_findtext sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree
from xml.etree import ElementTree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00233", methods=["POST"])
def benchmark_test_00233():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = ElementTree.fromstring(param).findtext("term", default="")
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
