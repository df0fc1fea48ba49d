# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=flask source=querystring shape=dict_unpack_overridden sink=v0 expected=false
import urllib.parse

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
DEFAULTS = {"term": "all"}
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00217", methods=["GET", "POST"])
def benchmark_test_00217():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    opts = {"term": param, **DEFAULTS}
    bar = opts["term"]
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return jsonify(result=str(result))
