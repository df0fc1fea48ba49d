# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=flask source=cookie shape=guard_wrong_var sink=specific expected=true
import re

from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/case-00304", methods=["GET", "POST"])
def case_00304():
    param = request.cookies.get("q", "none")
    bar = param
    name = bar.strip()
    if not re.fullmatch(r"[A-Za-z ]+", name):
        abort(400)
    nodes = EMPLOYEES.xpath("//Employee[@name='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
