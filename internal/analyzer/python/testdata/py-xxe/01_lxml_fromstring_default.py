# XXE: lxml etree.fromstring on the raw request body with the default parser
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/api/products/import", methods=["POST"])
def import_products():
    root = etree.fromstring(request.data)  # want: PY-XXE
    names = [p.findtext("name") for p in root.iter("product")]
    return jsonify(imported=len(names))
