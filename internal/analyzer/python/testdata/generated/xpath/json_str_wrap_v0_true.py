# generated case: rule=PY-XPATH-INJECTION source=json propagation=str_wrap sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath", methods=["POST"])
def handle_xpath():
    param = request.get_json()["p"]
    bar = str(param)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=result)
