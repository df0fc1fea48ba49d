# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=flask source=cookie shape=prefix_slice_input sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/case-00096", methods=["GET", "POST"])
def case_00096():
    param = request.cookies.get("q", "none")
    bar = ("constant-prefix-" + param)[16:]
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
