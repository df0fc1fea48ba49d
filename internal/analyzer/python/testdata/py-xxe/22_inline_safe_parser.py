# XXE FALSE: fromstring with an inline XMLParser(resolve_entities=False)
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/feeds/validate", methods=["POST"])
def validate_feed():
    doc = etree.fromstring(request.get_data(), parser=etree.XMLParser(resolve_entities=False, no_network=True))
    return jsonify(items=len(doc.findall(".//item")))
