# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=flask source=pathparam shape=elementpath_select expected=true
import elementpath

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00326/<test_id>", methods=["GET", "POST"])
def benchmark_test_00326(test_id):
    param = test_id
    bar = param
    nodes = elementpath.select(EMPLOYEES.getroot(), "//Employee[@name='%s']" % bar)  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
