# generated case: rule=PY-XPATH-INJECTION source=cookies propagation=dictdispatch_taint sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath")
def handle_xpath():
    param = request.cookies.get("p", "")
    guess = "ABC"
    target = guess[0]
    bar = {"A": param, "B": "bob", "C": "carol"}[target]
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=result)
