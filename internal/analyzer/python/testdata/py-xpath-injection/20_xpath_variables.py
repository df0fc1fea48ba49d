# XPath injection FALSE: user value bound as an XPath variable ($name)
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("/srv/data/users.xml")


@app.route("/xml-login", methods=["POST"])
def xml_login():
    user = request.form["username"]
    matches = USERS.xpath("//user[@name=$name and @active='true']", name=user)
    return jsonify(found=bool(matches))
