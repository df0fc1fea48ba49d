# generated case: rule=PY-XPATH-INJECTION source=values propagation=allowlist_abort sink=v0 expected=false
from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/xpath")
def handle_xpath():
    param = request.values.get("p", "")
    bar = param
    if bar not in ALLOWED:
        abort(400)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return jsonify(result=result)
