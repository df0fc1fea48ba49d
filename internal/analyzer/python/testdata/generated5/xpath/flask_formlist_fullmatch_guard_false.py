# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=flask source=formlist shape=fullmatch_guard expected=false
import re

from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00339", methods=["POST"])
def benchmark_test_00339():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    if not re.fullmatch(r"[A-Za-z0-9]+", bar):
        abort(400)
    nodes = EMPLOYEES.xpath("//Employee[@name='" + bar + "']")
    result = len(nodes)
    return jsonify(result=str(result))
