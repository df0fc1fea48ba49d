# generated case: rule=PY-XPATH-INJECTION source=routeparam propagation=listreverse_idx0 sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath/<p>")
def handle_xpath(p):
    param = p
    values = [param, "safe"]
    values.reverse()
    bar = values[0]
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return jsonify(result=result)
