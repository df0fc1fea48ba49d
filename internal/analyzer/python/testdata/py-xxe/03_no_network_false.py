# XXE: parser allows network access (no_network=False) for XML posted in a form field
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/feeds/validate", methods=["POST"])
def validate_feed():
    xml = request.form["xml"].encode("utf-8")
    parser = etree.XMLParser(no_network=False, resolve_entities=True)
    doc = etree.XML(xml, parser)  # want: PY-XXE
    return jsonify(items=len(doc.findall(".//item")))
