# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=flask source=cookie shape=yield_from_safe sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def gen_values(value):
    yield "safe"
    yield from [value]


@app.route("/case-00216", methods=["GET", "POST"])
def case_00216():
    param = request.cookies.get("q", "none")
    bar = list(gen_values(param))[0]
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")
    result = len(nodes)
    return jsonify(result=str(result))
