# generated case: rule=PY-XPATH-INJECTION source=data propagation=match_prefix_guard sink=v0 expected=true
import re

from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath", methods=["POST"])
def handle_xpath():
    param = request.data.decode("utf-8")
    bar = param
    if not re.match(r"[a-z0-9]+", bar):
        abort(400)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=result)
