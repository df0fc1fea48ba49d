# XXE: XMLParser(resolve_entities=True) used to parse an uploaded file (flag at the parse call)
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/invoices/upload", methods=["POST"])
def upload_invoice():
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.parse(request.files["invoice"], parser)  # want: PY-XXE
    total = tree.findtext(".//Total")
    return jsonify(total=total)
