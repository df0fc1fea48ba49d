# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=flask source=values shape=slots_retag_input sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Box:
    __slots__ = ("value", "tag")

    def __init__(self, value):
        self.value = value
        self.tag = "box"

    def retag(self, tag):
        self.tag = tag
        return self


@app.route("/case-00024", methods=["GET", "POST"])
def case_00024():
    param = request.values.get("q", "")
    bar = Box("fixed").retag(param).tag
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
