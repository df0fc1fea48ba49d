# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=flask source=values shape=global_set sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


CURRENT = "default"


def set_current(value):
    global CURRENT
    CURRENT = value


@app.route("/case-00144", methods=["GET", "POST"])
def case_00144():
    param = request.values.get("q", "")
    set_current(param)
    bar = CURRENT
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
