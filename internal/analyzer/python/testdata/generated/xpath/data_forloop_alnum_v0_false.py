# generated case: rule=PY-XPATH-INJECTION source=data propagation=forloop_alnum sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath", methods=["POST"])
def handle_xpath():
    param = request.data.decode("utf-8")
    bar = ""
    for c in param:
        if c.isalnum():
            bar += c
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return jsonify(result=result)
