# XPath injection FALSE: constant expression; request value compared in Python
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
STOCK = etree.parse("/srv/data/stock.xml")


@app.route("/stock")
def stock():
    sku = request.args.get("sku", "")
    for item in STOCK.xpath("//item"):
        if item.get("sku") == sku:
            return jsonify(qty=int(item.findtext("qty", "0")))
    return jsonify(qty=0)
