# generated case: rule=PY-XPATH-INJECTION source=json propagation=listpop_idx1 sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath", methods=["POST"])
def handle_xpath():
    param = request.get_json()["p"]
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[1]
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return jsonify(result=result)
