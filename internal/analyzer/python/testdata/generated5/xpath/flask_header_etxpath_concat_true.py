# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=flask source=header shape=etxpath_concat expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00317", methods=["GET", "POST"])
def benchmark_test_00317():
    param = request.headers.get("Referer", "")
    bar = param
    find = etree.ETXPath("//{urn:staff}Employee[@name='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find(EMPLOYEES))
    return jsonify(result=str(result))
