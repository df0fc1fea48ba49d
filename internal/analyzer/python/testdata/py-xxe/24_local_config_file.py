# XXE FALSE: lxml default parser used only on a constant, application-owned config file
from flask import Flask, jsonify
from lxml import etree

app = Flask(__name__)
CONFIG = etree.parse("/etc/shop/catalog.xml")


@app.route("/categories")
def categories():
    return jsonify([c.get("name") for c in CONFIG.getroot().iter("category")])
