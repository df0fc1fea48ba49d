# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=flask source=args shape=extend_negative_safe sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/case-00048", methods=["GET", "POST"])
def case_00048():
    param = request.args.get("q", "")
    vals = ["a"]
    vals.extend([param, "b"])
    bar = vals[-1]
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")
    result = len(nodes)
    return jsonify(result=str(result))
