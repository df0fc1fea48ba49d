# py-xxe: lxml's HTML parser defines no entities from the document; its XML
# parser with resolve_entities does.
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/html", methods=["POST"])
def html_page():
    root = etree.fromstring(request.get_data(), etree.HTMLParser())  # safe: HTML parser
    return {"tag": root.tag}


@app.route("/xml", methods=["POST"])
def xml_doc():
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(request.get_data(), parser)  # want: PY-XXE
    return {"tag": root.tag}
