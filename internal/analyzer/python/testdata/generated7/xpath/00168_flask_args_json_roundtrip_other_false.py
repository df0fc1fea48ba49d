# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=flask source=args shape=json_roundtrip_other sink=v0 expected=false
import json

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/case-00168", methods=["GET", "POST"])
def case_00168():
    param = request.args.get("q", "")
    blob = json.dumps({"q": param, "m": "x"})
    bar = json.loads(blob)["m"]
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")
    result = len(nodes)
    return jsonify(result=str(result))
