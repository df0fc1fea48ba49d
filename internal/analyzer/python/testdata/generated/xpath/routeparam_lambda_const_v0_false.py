# generated case: rule=PY-XPATH-INJECTION source=routeparam propagation=lambda_const sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath/<p>")
def handle_xpath(p):
    param = p
    const = lambda s: "safe"
    bar = const(param)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return jsonify(result=result)
