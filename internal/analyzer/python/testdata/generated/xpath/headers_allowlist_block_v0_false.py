# generated case: rule=PY-XPATH-INJECTION source=headers propagation=allowlist_block sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/xpath")
def handle_xpath():
    param = request.headers.get("X-P", "")
    bar = param
    result = None
    if bar in ALLOWED:
        nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
        result = len(nodes)
    return jsonify(result=result)
