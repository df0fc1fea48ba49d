# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=flask source=values shape=fullmatch_guard sink=specific expected=false
import re

from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/case-00301", methods=["GET", "POST"])
def case_00301():
    param = request.values.get("q", "")
    bar = param
    if not re.fullmatch(r"[A-Za-z0-9 ]{1,40}", bar):
        abort(400)
    nodes = EMPLOYEES.xpath("//Employee[@name='" + bar + "']")
    result = len(nodes)
    return jsonify(result=str(result))
