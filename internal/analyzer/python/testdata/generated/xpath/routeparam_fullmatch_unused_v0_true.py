# generated case: rule=PY-XPATH-INJECTION source=routeparam propagation=fullmatch_unused sink=v0 expected=true
import re

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath/<p>")
def handle_xpath(p):
    param = p
    bar = param
    valid = re.fullmatch(r"[a-z0-9]+", bar)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=result)
