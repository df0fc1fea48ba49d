# generated case: rule=PY-XPATH-INJECTION source=argstypeint propagation=direct sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath")
def handle_xpath():
    param = str(request.args.get("p", default=0, type=int))
    bar = param
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return jsonify(result=result)
