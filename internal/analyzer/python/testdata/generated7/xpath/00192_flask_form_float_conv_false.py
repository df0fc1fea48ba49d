# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=flask source=form shape=float_conv sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/case-00192", methods=["POST"])
def case_00192():
    param = request.form.get("q", "")
    bar = str(float(param))
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")
    result = len(nodes)
    return jsonify(result=str(result))
