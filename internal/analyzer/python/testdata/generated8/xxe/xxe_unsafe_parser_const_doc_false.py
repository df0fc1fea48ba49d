# generated case (gen8): category=xxe rule=PY-XXE fw=flask shape=unsafe_parser_const_doc expected=false
from lxml import etree
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

DEFAULTS = b"<config><limit>10</limit></config>"


@app.route("/xxe_unsafe_parser_const_doc", methods=["GET", "POST"])
def case_unsafe_parser_const_doc():
    param = request.args.get("q", "")
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(DEFAULTS, parser)
    return jsonify(result=str([param, root.findtext("limit")]))
