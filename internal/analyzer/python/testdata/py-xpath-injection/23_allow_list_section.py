# XPath injection FALSE: section name allow-listed before building the path
from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
SETTINGS = etree.parse("/srv/data/settings.xml")
SECTIONS = {"mail", "billing", "search"}


@app.route("/settings/section")
def section():
    name = request.args.get("name", "mail")
    if name not in SECTIONS:
        abort(404)
    keys = SETTINGS.xpath("/settings/" + name + "/*/@key")
    return jsonify(keys=[str(k) for k in keys])
