# generated case: rule=PY-XPATH-INJECTION source=data propagation=listextend sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath", methods=["POST"])
def handle_xpath():
    param = request.data.decode("utf-8")
    values = ["safe"]
    values.extend([param])
    bar = values[-1]
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=result)
