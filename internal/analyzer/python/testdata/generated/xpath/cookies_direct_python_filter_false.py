# generated case: rule=PY-XPATH-INJECTION source=cookies propagation=direct sink=python_filter expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath")
def handle_xpath():
    param = request.cookies.get("p", "")
    bar = param
    nodes = USERS_XML.xpath("//user")
    result = len([n for n in nodes if n.get("id") == bar])
    return jsonify(result=result)
