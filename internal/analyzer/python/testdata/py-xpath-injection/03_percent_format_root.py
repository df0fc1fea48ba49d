# XPath injection: SKU formatted with % into root.xpath
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
ROOT = etree.parse("/srv/data/stock.xml").getroot()


@app.route("/stock/<sku>")
def stock(sku):
    nodes = ROOT.xpath("//item[@sku='%s']/qty/text()" % sku)  # want: PY-XPATH-INJECTION
    return jsonify(qty=int(nodes[0]) if nodes else 0)
