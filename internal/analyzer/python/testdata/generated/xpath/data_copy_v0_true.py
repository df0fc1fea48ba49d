# generated case: rule=PY-XPATH-INJECTION source=data propagation=copy sink=v0 expected=true
import copy

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath", methods=["POST"])
def handle_xpath():
    param = request.data.decode("utf-8")
    bar = copy.copy(param)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=result)
