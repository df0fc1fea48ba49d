# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=querystring propagation=direct sink=safe0 expected=false
import urllib.parse

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00485", methods=["GET", "POST"])
def benchmark_test_00485():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid=$emplid]", emplid=bar)
    result = len(nodes)
    return jsonify(result=str(result))
