# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=flask source=header shape=while_const_hit sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/case-00120", methods=["GET", "POST"])
def case_00120():
    param = request.headers.get("X-Query", "")
    bar = "safe"
    i = 0
    while i < 3:
        if i == 2:
            bar = param
        i += 1
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
