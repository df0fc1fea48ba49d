# generated case: rule=PY-XPATH-INJECTION source=headers propagation=listpop_idx0 sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath")
def handle_xpath():
    param = request.headers.get("X-P", "")
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[0]
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=result)
