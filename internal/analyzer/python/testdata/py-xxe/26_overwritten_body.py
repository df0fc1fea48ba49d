# XXE FALSE: request body replaced by a constant sample before parsing with the default parser (demo mode)
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/demo/parse", methods=["POST"])
def demo_parse():
    payload = request.data
    payload = b"<order id='demo'><item sku='A1'/></order>"
    root = etree.fromstring(payload)
    return jsonify(id=root.get("id"))
