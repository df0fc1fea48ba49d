# XXE FALSE: lxml parser with resolve_entities=False and no_network=True
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False)


@app.route("/invoices/upload", methods=["POST"])
def upload_invoice():
    tree = etree.parse(request.files["invoice"], SAFE_PARSER)
    return jsonify(total=tree.findtext(".//Total"))
