# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=flask source=form shape=numeric_context sink=specific expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/case-00298", methods=["POST"])
def case_00298():
    param = request.form.get("q", "")
    bar = param
    nodes = EMPLOYEES.xpath("//Employee[@id=" + bar + "]")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
