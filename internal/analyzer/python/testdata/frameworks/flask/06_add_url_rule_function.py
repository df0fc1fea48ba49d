# Flask view registered with app.add_url_rule (no decorator); its string parameter and request.args are sources
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("/srv/data/catalog.xml")


def product_by_sku(sku):
    color = request.args.get("color", "")
    nodes = CATALOG.xpath(f"//product[@sku='{sku}' and @color='{color}']/name/text()")  # want: PY-XPATH-INJECTION
    return jsonify(names=[str(n) for n in nodes])


app.add_url_rule("/products/<sku>", "product_by_sku", product_by_sku)
