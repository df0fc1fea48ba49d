# XPath injection: helper builds the expression from a department name supplied in JSON
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
DIRECTORY = etree.parse("/srv/data/staff.xml")


def staff_in(department):
    expr = "//employee[department/text()='{}']/name/text()".format(department)
    return [str(n) for n in DIRECTORY.xpath(expr)]  # want: PY-XPATH-INJECTION


@app.route("/staff", methods=["POST"])
def staff():
    return jsonify(names=staff_in(request.get_json()["department"]))
