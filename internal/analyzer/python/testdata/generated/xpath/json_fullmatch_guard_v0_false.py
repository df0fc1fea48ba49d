# generated case: rule=PY-XPATH-INJECTION source=json propagation=fullmatch_guard sink=v0 expected=false
import re

from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath", methods=["POST"])
def handle_xpath():
    param = request.get_json()["p"]
    bar = param
    if not re.fullmatch(r"[a-z0-9]+", bar):
        abort(400)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return jsonify(result=result)
