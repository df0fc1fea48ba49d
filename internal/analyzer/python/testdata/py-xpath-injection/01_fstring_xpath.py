# XPath injection: username from a login form interpolated into an lxml xpath expression
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("/srv/data/users.xml")


@app.route("/xml-login", methods=["POST"])
def xml_login():
    user = request.form["username"]
    matches = USERS.xpath(f"//user[@name='{user}' and @active='true']")  # want: PY-XPATH-INJECTION
    return jsonify(found=bool(matches))
