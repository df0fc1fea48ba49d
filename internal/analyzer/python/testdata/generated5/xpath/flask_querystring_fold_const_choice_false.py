# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=flask source=querystring shape=fold_const_choice expected=false
import urllib.parse

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00340", methods=["GET", "POST"])
def benchmark_test_00340():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    name = "alice" if (7 * 18) + 106 > 200 else bar
    nodes = EMPLOYEES.xpath("//Employee[@name='" + name + "']")
    result = len(nodes)
    return jsonify(result=str(result))
